package com.soundforge.daw;

import com.soundforge.daw.model.Operation;
import com.soundforge.daw.model.OperationCodec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A batch as the server applied it: operations numbered {@code from}..{@code seq}, who made them and from which
 * screen. This is the message every screen of the project receives, its maker's included.
 */
public record AppliedBatch(
        UUID batch,
        UUID actorId,
        String actorName,
        @Nullable String origin,
        long from,
        long seq,
        List<Operation> ops) {

    /** The README's wire shape: {@code {batch, actor: {id, name}, origin, from, seq, ops}}. */
    public Map<String, @Nullable Object> toMap() {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        map.put("batch", batch.toString());
        map.put("actor", Map.of("id", actorId.toString(), "name", actorName));
        map.put("origin", origin);
        map.put("from", from);
        map.put("seq", seq);
        map.put("ops", ops.stream().map(OperationCodec::toMap).toList());
        return map;
    }
}
