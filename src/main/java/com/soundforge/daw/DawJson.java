package com.soundforge.daw;

import com.soundforge.daw.model.InvalidOperationException;
import com.soundforge.daw.model.Operation;
import com.soundforge.daw.model.OperationCodec;
import com.soundforge.daw.model.ProjectState;
import com.soundforge.daw.model.StateCodec;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** JSON text of states, operations and batches: the model's maps through Jackson. */
final class DawJson {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private DawJson() {}

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static String state(ProjectState state) {
        return write(StateCodec.toMap(state));
    }

    static ProjectState readState(String json) {
        return StateCodec.fromMap(MAPPER.readValue(json, Map.class));
    }

    static String operation(Operation op) {
        return write(OperationCodec.toMap(op));
    }

    static Operation readOperation(String json) {
        return OperationCodec.operation(MAPPER.readValue(json, Map.class));
    }

    /** Parses JSON text sent by a client, refusing what is not JSON with a reason instead of a parser's stack. */
    static Object parseClientJson(String json) {
        try {
            return MAPPER.readValue(json, Object.class);
        } catch (JacksonException e) {
            throw new InvalidOperationException("The batch is not valid JSON.");
        }
    }
}
