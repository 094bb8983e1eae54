package io.jenkins.plugins.patchworkci.patchwork;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A check's state, and a patch's check summary. Patchwork ranks them fail > warning > pending > success
 * when it summarises the latest check per (user, context); a patch without checks is {@code pending}.
 */
public enum CheckState {
    PENDING, SUCCESS, WARNING, FAIL;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reading JSON: a state this client does not know (a newer server) reads as null, not an error. */
    @JsonCreator
    static CheckState fromWire(String wire) {
        for (CheckState s : values()) {
            if (s.wireName().equals(wire)) {
                return s;
            }
        }
        return null;
    }

    /** Reading an argument: an unknown state is an error naming the four Patchwork knows. */
    public static CheckState of(String wire) {
        CheckState s = fromWire(wire);
        if (s == null) {
            throw new IllegalArgumentException("not a Patchwork check state (pending|success|warning|fail): " + wire);
        }
        return s;
    }
}
