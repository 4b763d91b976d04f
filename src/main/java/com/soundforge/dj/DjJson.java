package com.soundforge.dj;

import tools.jackson.databind.json.JsonMapper;

/** The JSON form of session state: the same camelCase shape the browser components read and write. */
final class DjJson {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private DjJson() {}

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static DjSessionState readState(String json) {
        return MAPPER.readValue(json, DjSessionState.class);
    }
}
