package com.soundforge.daw.ui;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads a batch's id from its JSON text, so a refusal names the batch the element must roll back. */
final class BatchIds {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BatchIds() {}

    /** The batch's {@code id}, or "" when the text is not a batch with an id. */
    static String of(String batchJson) {
        try {
            return JSON.readTree(batchJson).path("id").asString("");
        } catch (JacksonException e) {
            return "";
        }
    }
}
