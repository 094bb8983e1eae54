package io.jenkins.plugins.patchworkci.route;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The routing part of the configuration: a preset, trees added to it or replacing its trees by
 * name, and the window in which a user-space series counts as a kernel series' companion.
 *
 * <pre>
 * preset: netdevbpf
 * companionWindow: PT6H
 * trees:
 *   - name: net-next
 *     remote: https://git.kernel.org/pub/scm/linux/kernel/git/netdev/net-next.git
 *     branch: main
 *     tags: [net-next]
 *     kind: kernel          # or user-space
 *     family: net
 *     role: development     # fixes, development or standalone
 *     paths: []             # MAINTAINERS F: patterns; empty means any file
 * </pre>
 *
 * @param trees the trees in trial-apply order
 * @param companionWindow how far apart a kernel series and its user-space companion may be posted
 */
public record RoutingConfig(List<Tree> trees, Duration companionWindow) {

    public static final Duration DEFAULT_COMPANION_WINDOW = Duration.ofHours(6);

    public RoutingConfig {
        trees = List.copyOf(trees);
        if (trees.isEmpty()) {
            throw new IllegalArgumentException("no trees configured");
        }
    }

    public static RoutingConfig preset(String name) throws RoutingConfigException {
        return new RoutingConfig(Presets.named(name).orElseThrow(() -> unknownPreset(name)), DEFAULT_COMPANION_WINDOW);
    }

    /**
     * Routing as a job's configuration gives it: one word is a preset's name ({@code bpf}), anything
     * else is the YAML form. A preset name is never valid YAML routing (a bare scalar is no mapping),
     * so the two cannot be confused.
     */
    public static RoutingConfig parse(@Nullable String presetOrYaml) throws RoutingConfigException {
        String text = presetOrYaml == null ? "" : presetOrYaml.strip();
        if (text.isEmpty()) {
            // YAML's own word for it is "No content to map due to end-of-input"
            throw new RoutingConfigException("routing configuration is empty: name a preset or list trees");
        }
        return text.matches("[A-Za-z0-9_-]+") ? preset(text) : fromYaml(text);
    }

    public Optional<Tree> tree(String name) {
        return trees.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Reads the YAML form; errors name the line and the field. */
    public static RoutingConfig fromYaml(String yaml) throws RoutingConfigException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Spec spec;
        try {
            spec = mapper.readValue(yaml, Spec.class);
        } catch (JsonProcessingException e) {
            // The parser's token location is where the offending key or value starts; the
            // exception's own location can already point past it, at the next line.
            JsonLocation at = e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser p
                    ? p.currentTokenLocation() : e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ": ";
            throw new RoutingConfigException("routing configuration, " + where + e.getOriginalMessage(), e);
        }
        if (spec == null) {
            throw new RoutingConfigException("routing configuration is empty: name a preset or list trees");
        }
        return spec.toConfig();
    }

    private static RoutingConfigException unknownPreset(String name) {
        return new RoutingConfigException("unknown preset '" + name + "'; presets: " + String.join(", ", Presets.names()));
    }

    /**
     * The YAML shape. Plain fields, not a record: Jackson then reads a record-free object token by
     * token, so an unknown key is reported at its own line rather than at the end of its object.
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public static final class Spec {
        @JsonProperty("preset") @Nullable String preset;
        @JsonProperty("companionWindow") @Nullable String companionWindow;
        @JsonProperty("trees") @Nullable List<TreeSpec> trees;

        /** The configuration this YAML shape describes; errors name the tree and the field. */
        public RoutingConfig toConfig() throws RoutingConfigException {
            Map<String, Tree> byName = new LinkedHashMap<>();
            if (preset != null) {
                for (Tree t : Presets.named(preset).orElseThrow(() -> unknownPreset(preset))) {
                    byName.put(t.name(), t);
                }
            }
            Set<String> seen = new HashSet<>();
            for (TreeSpec t : trees == null ? List.<TreeSpec>of() : trees) {
                if (t == null) {
                    throw new RoutingConfigException("trees: an empty entry (a '-' with nothing after it)");
                }
                Tree tree = t.toTree();
                if (!seen.add(tree.name())) {
                    throw new RoutingConfigException("tree '" + tree.name() + "' is listed twice");
                }
                byName.put(tree.name(), tree);
            }
            if (byName.isEmpty()) {
                throw new RoutingConfigException("routing configuration names no tree: set 'preset' or 'trees'");
            }
            return new RoutingConfig(new ArrayList<>(byName.values()),
                    companionWindow == null ? DEFAULT_COMPANION_WINDOW : parseDuration(companionWindow));
        }

        private static Duration parseDuration(String text) throws RoutingConfigException {
            return ConfigDuration.parse(text).orElseThrow(() -> new RoutingConfigException(
                    "companionWindow '" + text + "' is not a duration like 6h, 90m or PT6H"));
        }
    }

    public static final class TreeSpec {
        @JsonProperty("name") @Nullable String name;
        @JsonProperty("remote") @Nullable String remote;
        @JsonProperty("branch") @Nullable String branch;
        @JsonProperty("tags") @Nullable List<String> tags;
        @JsonProperty("paths") @Nullable List<String> paths;
        @JsonProperty("kind") @Nullable String kind;
        @JsonProperty("family") @Nullable String family;
        @JsonProperty("role") @Nullable String role;

        Tree toTree() throws RoutingConfigException {
            String label = "tree '" + (name == null ? "?" : name) + "'";
            if (name == null || remote == null || branch == null) {
                throw new RoutingConfigException(label + " needs name, remote and branch");
            }
            if ((tags != null && tags.contains(null)) || (paths != null && paths.contains(null))) {
                throw new RoutingConfigException(label + ": tags and paths may not have empty entries");
            }
            try {
                return new Tree(name, remote, branch, tags == null ? List.of(name) : tags,
                        paths == null ? List.of() : paths, parseKind(kind), Optional.ofNullable(family),
                        parseRole(role, family));
            } catch (IllegalArgumentException e) {
                throw new RoutingConfigException(label + ": " + e.getMessage(), e);
            }
        }

        private static TreeKind parseKind(@Nullable String kind) {
            if (kind == null) {
                return TreeKind.KERNEL;
            }
            return switch (kind.toLowerCase(Locale.ROOT)) {
                case "kernel" -> TreeKind.KERNEL;
                case "user-space", "userspace", "user_space" -> TreeKind.USER_SPACE;
                default -> throw new IllegalArgumentException("kind must be kernel or user-space, not '" + kind + "'");
            };
        }

        private static TreeRole parseRole(@Nullable String role, @Nullable String family) {
            if (role == null) {
                return TreeRole.STANDALONE;
            }
            TreeRole r = switch (role.toLowerCase(Locale.ROOT)) {
                case "fixes" -> TreeRole.FIXES;
                case "development" -> TreeRole.DEVELOPMENT;
                case "standalone" -> TreeRole.STANDALONE;
                default -> throw new IllegalArgumentException(
                        "role must be fixes, development or standalone, not '" + role + "'");
            };
            if (r != TreeRole.STANDALONE && family == null) {
                throw new IllegalArgumentException("a " + role + " tree needs a family naming its pair");
            }
            return r;
        }
    }
}
