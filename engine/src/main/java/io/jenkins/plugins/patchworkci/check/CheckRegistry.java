package io.jenkins.plugins.patchworkci.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks a run may use, by name, in the order they run. {@link #builtIn()} registers NIPA's
 * checks and ours; a pipeline adds its own (another {@link BuildWarningsCheck} under
 * {@code build_clang}) with {@link #register}. Each check is enabled by default or not.
 */
public final class CheckRegistry {

    private final Map<String, Check> checks = new LinkedHashMap<>();
    private final Map<String, Boolean> enabledByDefault = new LinkedHashMap<>();

    public static CheckRegistry empty() {
        return new CheckRegistry();
    }

    /** Every built-in check, enabled by default. */
    public static CheckRegistry builtIn() {
        CheckRegistry r = new CheckRegistry();
        r.register(new ApplyCheck(), true);
        r.register(new TreeSelectionCheck(), true);
        r.register(new SeriesFormatCheck(), true);
        r.register(new FixesPresentCheck(), true);
        r.register(new VerifySignedOffCheck(), true);
        r.register(new VerifyFixesCheck(), true);
        r.register(new SourceInlineCheck(), true);
        r.register(new HeaderInlineCheck(), true);
        r.register(new DeprecatedApiCheck(), true);
        r.register(new CheckpatchCheck(), true);
        r.register(new CcMaintainersCheck(), true);
        r.register(new KdocCheck(), true);
        r.register(new MaintainersCheck(), true);
        r.register(new SelftestListedCheck(), true);
        r.register(new BuildWarningsCheck(), true);
        r.register(new TestResultsCheck(), true);
        return r;
    }

    /** Adds a check; a name can be registered once. */
    public CheckRegistry register(Check check, boolean enabled) {
        String name = check.name();
        if (!name.matches("[-a-zA-Z0-9_]+")) {
            throw new IllegalArgumentException("check name must be a Patchwork context slug: " + name);
        }
        if (checks.putIfAbsent(name, check) != null) {
            throw new IllegalArgumentException("a check named " + name + " is already registered");
        }
        enabledByDefault.put(name, enabled);
        return this;
    }

    public Optional<Check> get(String name) {
        return Optional.ofNullable(checks.get(name));
    }

    public Set<String> names() {
        return checks.keySet();
    }

    public Collection<Check> all() {
        return checks.values();
    }

    boolean enabledByDefault(String name) {
        return enabledByDefault.getOrDefault(name, false);
    }

    /** The checks this configuration turns on, in registration order. */
    public List<Check> enabled(CheckConfig config) {
        List<String> unknown = config.names().stream().filter(n -> !checks.containsKey(n)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no check named " + String.join(", ", unknown)
                    + "; known checks: " + String.join(", ", checks.keySet()));
        }
        List<Check> out = new ArrayList<>();
        checks.forEach((name, check) -> {
            if (config.isEnabled(name, enabledByDefault(name))) {
                out.add(check);
            }
        });
        return out;
    }
}
