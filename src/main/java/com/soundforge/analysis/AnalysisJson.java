package com.soundforge.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The one JSON form of analysis results, stored, exported and printed by the {@code analyze} command: snake_case,
 * feature values rounded to 4 significant digits (display data; keeps a long track's series around a megabyte).
 */
public final class AnalysisJson {

    private static final MathContext FOUR_DIGITS = new MathContext(4);

    static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new SimpleModule("compact-floats").addSerializer(float[].class, new CompactFloats()))
            .build();

    private AnalysisJson() {}

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    private static final class CompactFloats extends StdSerializer<float[]> {

        CompactFloats() {
            super(float[].class);
        }

        @Override
        public void serialize(float[] values, JsonGenerator gen, SerializationContext context) {
            gen.writeStartArray(values, values.length);
            for (float value : values) {
                if (Float.isFinite(value)) {
                    gen.writeNumber(
                            value == 0
                                    ? BigDecimal.ZERO
                                    : new BigDecimal(value).round(FOUR_DIGITS).stripTrailingZeros());
                } else {
                    gen.writeNull();
                }
            }
            gen.writeEndArray();
        }
    }
}
