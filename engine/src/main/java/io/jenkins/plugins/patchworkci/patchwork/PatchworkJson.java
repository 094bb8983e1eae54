package io.jenkins.plugins.patchworkci.patchwork;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.Instant;

/**
 * The one JSON mapping for Patchwork: snake_case names, unknown fields ignored, zone-less dates as
 * UTC, check states in Patchwork's words ({@link CheckStateWire}).
 */
final class PatchworkJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .addModule(new SimpleModule("patchwork-dates").addDeserializer(Instant.class, new PatchworkDates()))
            .addModule(CheckStateWire.jsonModule())
            .build();

    private PatchworkJson() {
    }
}
