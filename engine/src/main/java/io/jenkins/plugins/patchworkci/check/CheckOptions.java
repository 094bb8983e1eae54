package io.jenkins.plugins.patchworkci.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One check's options, by key, as a configuration file gives them: a value is a string, a number,
 * a boolean or a list of strings. Typed getters take the default the check documents; a value of
 * the wrong shape is an error naming the check and the key, never silently ignored.
 */
public final class CheckOptions {

    private final String check;
    private final Map<String, Object> values;

    public CheckOptions(String check, Map<String, ?> values) {
        this.check = Objects.requireNonNull(check, "check");
        this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static CheckOptions none(String check) {
        return new CheckOptions(check, Map.of());
    }

    public String check() {
        return check;
    }

    public Map<String, Object> values() {
        return values;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public String string(String key, String fallback) {
        Object v = values.get(key);
        return v == null ? fallback : v.toString();
    }

    public int integer(String key, int fallback) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.intValue();
        }
        try {
            return Integer.parseInt(v.toString().strip());
        } catch (NumberFormatException e) {
            throw bad(key, "a whole number", v);
        }
    }

    public boolean flag(String key, boolean fallback) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        return switch (v.toString().strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw bad(key, "true or false", v);
        };
    }

    /** A list option: a list stays a list, a single string is a list of one. */
    public List<String> list(String key, List<String> fallback) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof List<?> l) {
            List<String> out = new ArrayList<>();
            l.forEach(x -> out.add(String.valueOf(x)));
            return List.copyOf(out);
        }
        return List.of(v.toString());
    }

    /** A state option ({@code fail} or {@code warning}, Patchwork's words). */
    public CheckState state(String key, CheckState fallback) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return CheckState.valueOf(v.toString().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(key, "one of fail, warning, success", v);
        }
    }

    private IllegalArgumentException bad(String key, String expected, Object v) {
        return new IllegalArgumentException("check " + check + ": option " + key + " must be " + expected
                + ", not '" + v + "'");
    }

    @Override
    public String toString() {
        return check + values;
    }
}
