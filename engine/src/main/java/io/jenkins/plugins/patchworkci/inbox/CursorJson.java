package io.jenkins.plugins.patchworkci.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.Instant;

/**
 * Cursors to and from JSON, for storing between polls and across restarts. Instants are ISO 8601
 * strings; unknown fields are an error, so a cursor from an incompatible version is not half-read.
 */
public final class CursorJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("cursor-instants")
                    .addSerializer(Instant.class, ToStringSerializer.instance)
                    .addDeserializer(Instant.class, new FromStringDeserializer<>(Instant.class) {
                        private static final long serialVersionUID = 1L;

                        @Override
                        protected Instant _deserialize(String value, com.fasterxml.jackson.databind.DeserializationContext c) {
                            return Instant.parse(value);
                        }
                    }))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private CursorJson() {
    }

    public static String write(Object cursor) {
        try {
            return MAPPER.writeValueAsString(cursor);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cursor is not serialisable: " + cursor.getClass().getName(), e);
        }
    }

    public static <C> C read(String json, Class<C> type) throws IOException {
        try {
            C c = MAPPER.readValue(json, type);
            if (c == null) {
                throw new IOException("stored cursor is null");
            }
            return c;
        } catch (JsonProcessingException e) {
            throw new IOException("stored cursor is not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
