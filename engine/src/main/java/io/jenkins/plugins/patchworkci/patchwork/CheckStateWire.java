package io.jenkins.plugins.patchworkci.patchwork;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.jenkins.plugins.patchworkci.check.CheckState;
import java.io.IOException;
import java.util.List;

/**
 * Patchwork's words for a check's state ({@code pending}, {@code success}, {@code warning},
 * {@code fail}). The state itself is {@link CheckState}, the one the checks give; this is only how
 * the API spells it, in JSON and in arguments, so there is no second enum to convert to.
 */
public final class CheckStateWire {

    /** The states in the order Patchwork's API documents them (a form lists them so). */
    public static final List<CheckState> API_ORDER =
            List.of(CheckState.PENDING, CheckState.SUCCESS, CheckState.WARNING, CheckState.FAIL);

    private CheckStateWire() {}

    /** The word the API uses. */
    public static String word(CheckState state) {
        return state.apiName();
    }

    /** Reading JSON: a state this client does not know (a newer server) reads as null, not an error. */
    static CheckState readOrNull(String wire) {
        for (CheckState s : API_ORDER) {
            if (s.apiName().equals(wire)) {
                return s;
            }
        }
        return null;
    }

    /** Reading an argument: an unknown state is an error naming the four Patchwork knows. */
    public static CheckState of(String wire) {
        CheckState s = readOrNull(wire);
        if (s == null) {
            throw new IllegalArgumentException("not a Patchwork check state (pending|success|warning|fail): " + wire);
        }
        return s;
    }

    /** The JSON mapping, for {@link PatchworkJson}. */
    static SimpleModule jsonModule() {
        return new SimpleModule("patchwork-check-states")
                .addSerializer(CheckState.class, new StdScalarSerializer<>(CheckState.class) {
                    @Override
                    public void serialize(CheckState value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                        gen.writeString(word(value));
                    }
                })
                .addDeserializer(CheckState.class, new StdScalarDeserializer<>(CheckState.class) {
                    @Override
                    public CheckState deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                        return readOrNull(p.getValueAsString());
                    }
                });
    }
}
