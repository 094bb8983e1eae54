package io.jenkins.plugins.patchworkci.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which checks run and with what options, by check name. A check not named here runs with its
 * defaults when it is enabled by default; {@link #disable} turns one off, {@link #enable} turns on
 * one that is off by default.
 */
public final class CheckConfig {

    private final Map<String, Boolean> enabled = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> options = new LinkedHashMap<>();

    public static CheckConfig defaults() {
        return new CheckConfig();
    }

    /**
     * Reads the shape a YAML or JSON file gives: {@code {checkpatch: {enabled: false},
     * series_format: {maxPatches: 20}}}; every key but {@code enabled} is an option.
     */
    public static CheckConfig fromMap(Map<String, ?> map) {
        CheckConfig c = new CheckConfig();
        map.forEach((name, value) -> {
            if (value instanceof Map<?, ?> m) {
                m.forEach((k, v) -> {
                    if ("enabled".equals(k)) {
                        c.enabled.put(name, Boolean.parseBoolean(String.valueOf(v)));
                    } else {
                        c.options.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(String.valueOf(k), v);
                    }
                });
            } else if (value instanceof Boolean b) {
                c.enabled.put(name, b);
            } else if (value != null) {
                throw new IllegalArgumentException("check " + name + ": expected a map of options or true/false, not '"
                        + value + "'");
            }
        });
        return c;
    }

    public CheckConfig enable(String check) {
        enabled.put(check, true);
        return this;
    }

    public CheckConfig disable(String check) {
        enabled.put(check, false);
        return this;
    }

    public CheckConfig option(String check, String key, Object value) {
        options.computeIfAbsent(check, n -> new LinkedHashMap<>()).put(key, value);
        return this;
    }

    public boolean isEnabled(String check, boolean byDefault) {
        return enabled.getOrDefault(check, byDefault);
    }

    public CheckOptions options(String check) {
        return new CheckOptions(check, options.getOrDefault(check, Map.of()));
    }

    /** The names this configuration mentions, to report the ones no registered check has. */
    public Set<String> names() {
        Set<String> all = new java.util.LinkedHashSet<>(enabled.keySet());
        all.addAll(options.keySet());
        return all;
    }
}
