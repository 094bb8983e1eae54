package io.jenkins.plugins.patchworkci.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.jenkins.plugins.patchworkci.route.RoutingConfig;
import io.jenkins.plugins.patchworkci.route.RoutingConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one configuration file of {@code pwci}: where work goes, the sources, the routing, how to
 * apply, the build and test commands, the checks and the reports. Read from YAML with every
 * unknown key an error, and every error naming the line. See {@code docs/cli.md}.
 */
public final class RunConfig {

    /** The YAML shape; plain fields so that errors carry the line of the offending key. */
    static final class Spec {
        @JsonProperty("work") String work;
        @JsonProperty("sources") List<SourceSpec> sources;
        @JsonProperty("routing") RoutingConfig.Spec routing;
        @JsonProperty("maintainers") String maintainers;
        @JsonProperty("apply") ApplySpec apply;
        @JsonProperty("build") BuildSpec build;
        @JsonProperty("checks") Map<String, Object> checks;
        @JsonProperty("reports") ReportsSpec reports;
    }

    /** One source: exactly one of patchwork, archive, mbox, maildir or patches. */
    static final class SourceSpec {
        @JsonProperty("patchwork") String patchwork;
        @JsonProperty("project") String project;
        @JsonProperty("token") String token;
        @JsonProperty("tokenEnv") String tokenEnv;
        @JsonProperty("archive") String archive;
        @JsonProperty("mbox") String mbox;
        @JsonProperty("maildir") String maildir;
        @JsonProperty("patches") String patches;
        @JsonProperty("holdIncomplete") String holdIncomplete;
    }

    static final class ApplySpec {
        @JsonProperty("threeWay") Boolean threeWay;
        @JsonProperty("rebuildPreimage") Boolean rebuildPreimage;
        @JsonProperty("signOff") Boolean signOff;
        @JsonProperty("link") String link;
    }

    static final class BuildSpec {
        @JsonProperty("commands") List<List<String>> commands;
        @JsonProperty("perPatch") List<List<String>> perPatch;
        @JsonProperty("tests") List<List<String>> tests;
        @JsonProperty("timeout") String timeout;
        @JsonProperty("sandbox") String sandbox;
        @JsonProperty("concurrency") Integer concurrency;
        @JsonProperty("env") Map<String, String> env;
    }

    static final class ReportsSpec {
        @JsonProperty("publicUrl") String publicUrl;
        @JsonProperty("shadow") Boolean shadow;
        @JsonProperty("patchwork") Map<String, Object> patchwork;
        @JsonProperty("mail") Map<String, Object> mail;
    }

    /** A source as configured. */
    public record SourceConfig(String kind, String location, Optional<String> project, Optional<String> token,
            Duration holdIncomplete) {
        @Override
        public String toString() {
            // Never print the token.
            return kind + " " + location + project.map(p -> " project " + p).orElse("");
        }
    }

    private final Path file;
    private final Path work;
    private final List<SourceConfig> sources;
    private final RoutingConfig routing;
    private final Optional<Path> maintainers;
    private final boolean threeWay;
    private final boolean rebuildPreimage;
    private final boolean signOff;
    private final Optional<String> linkPattern;
    private final List<List<String>> buildCommands;
    private final List<List<String>> perPatchCommands;
    private final List<List<String>> testCommands;
    private final Duration timeout;
    private final Sandbox sandbox;
    private final int concurrency;
    private final Map<String, String> buildEnv;
    private final Map<String, Object> checks;
    private final Optional<String> publicUrl;
    private final boolean shadow;
    private final Map<String, Object> patchworkReport;
    private final Map<String, Object> mailReport;

    private RunConfig(Path file, Spec s, Map<String, String> env) throws ConfigException {
        this.file = file;
        Path base = file.toAbsolutePath().getParent();
        this.work = path(base, s.work == null ? "pwci-work" : s.work, "work").normalize();
        this.sources = sources(s.sources, base, env);
        try {
            this.routing = s.routing == null ? RoutingConfig.preset("netdevbpf") : s.routing.toConfig();
        } catch (RoutingConfigException e) {
            throw new ConfigException(file + ": routing: " + e.getMessage(), e);
        }
        this.maintainers = s.maintainers == null ? Optional.empty() : Optional.of(path(base, s.maintainers, "maintainers"));
        ApplySpec a = s.apply == null ? new ApplySpec() : s.apply;
        this.threeWay = a.threeWay == null || a.threeWay;
        this.rebuildPreimage = a.rebuildPreimage != null && a.rebuildPreimage;
        this.signOff = a.signOff != null && a.signOff;
        this.linkPattern = Optional.ofNullable(a.link).filter(l -> !l.isBlank() && !l.equals("none"));
        BuildSpec b = s.build == null ? new BuildSpec() : s.build;
        this.buildCommands = commands(b.commands, "build.commands");
        this.perPatchCommands = commands(b.perPatch, "build.perPatch");
        this.testCommands = commands(b.tests, "build.tests");
        this.timeout = b.timeout == null ? Duration.ofMinutes(30) : duration(b.timeout, "build.timeout");
        try {
            this.sandbox = b.sandbox == null ? Sandbox.NONE : Sandbox.parse(b.sandbox);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": build.sandbox: " + e.getMessage());
        }
        this.concurrency = b.concurrency == null ? 1 : b.concurrency;
        if (concurrency < 1 || concurrency > 64) {
            throw new ConfigException(file + ": build.concurrency must be 1 to 64, not " + concurrency);
        }
        for (Map.Entry<String, String> e : b.env == null ? Map.<String, String>of().entrySet() : b.env.entrySet()) {
            if (e.getKey() == null || !e.getKey().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new ConfigException(file + ": build.env: '" + e.getKey() + "' is not a variable name");
            }
            if (e.getValue() == null || e.getValue().indexOf('\0') >= 0) {
                throw new ConfigException(file + ": build.env: " + e.getKey() + " needs a value (without NUL)");
            }
        }
        this.buildEnv = b.env == null ? Map.of() : Map.copyOf(b.env);
        this.checks = s.checks == null ? Map.of() : new LinkedHashMap<>(s.checks);
        ReportsSpec r = s.reports == null ? new ReportsSpec() : s.reports;
        this.publicUrl = Optional.ofNullable(r.publicUrl);
        this.shadow = r.shadow != null && r.shadow;
        this.patchworkReport = r.patchwork == null ? Map.of() : new LinkedHashMap<>(r.patchwork);
        this.mailReport = r.mail == null ? Map.of() : new LinkedHashMap<>(r.mail);
    }

    /** Reads a configuration file; {@code env} supplies tokens named by {@code tokenEnv}. */
    public static RunConfig read(Path file, Map<String, String> env) throws ConfigException, IOException {
        return parse(file, Files.readString(file, StandardCharsets.UTF_8), env);
    }

    static RunConfig parse(Path file, String yaml, Map<String, String> env) throws ConfigException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Spec spec;
        try {
            spec = mapper.readValue(yaml, Spec.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getProcessor() instanceof JsonParser p ? p.currentTokenLocation() : e.getLocation();
            String where = at == null ? "" : ", line " + at.getLineNr();
            throw new ConfigException(file + where + ": " + e.getOriginalMessage(), e);
        }
        return new RunConfig(file, spec == null ? new Spec() : spec, env);
    }

    private List<SourceConfig> sources(List<SourceSpec> specs, Path base, Map<String, String> env) throws ConfigException {
        List<SourceConfig> out = new ArrayList<>();
        int i = 0;
        for (SourceSpec s : specs == null ? List.<SourceSpec>of() : specs) {
            i++;
            String where = file + ": sources[" + i + "]";
            if (s == null) {
                throw new ConfigException(where + ": an empty entry; name one of patchwork, archive, mbox, maildir, patches");
            }
            List<String[]> kinds = new ArrayList<>();
            if (s.patchwork != null) kinds.add(new String[] {"patchwork", s.patchwork});
            if (s.archive != null) kinds.add(new String[] {"archive", s.archive});
            if (s.mbox != null) kinds.add(new String[] {"mbox", path(base, s.mbox, "sources[" + i + "]").toString()});
            if (s.maildir != null) kinds.add(new String[] {"maildir", path(base, s.maildir, "sources[" + i + "]").toString()});
            if (s.patches != null) kinds.add(new String[] {"patches", path(base, s.patches, "sources[" + i + "]").toString()});
            if (kinds.size() != 1) {
                throw new ConfigException(where + ": name exactly one of patchwork, archive, mbox, maildir, patches");
            }
            String kind = kinds.get(0)[0];
            if (kind.equals("patchwork") && s.project == null) {
                throw new ConfigException(where + ": a patchwork source needs a project");
            }
            Optional<String> token = Optional.ofNullable(s.token);
            if (s.tokenEnv != null) {
                String value = env.get(s.tokenEnv);
                if (value == null || value.isBlank()) {
                    throw new ConfigException(where + ": tokenEnv names " + s.tokenEnv + ", which is not set");
                }
                token = Optional.of(value);
            }
            Duration hold = s.holdIncomplete == null ? Duration.ofHours(2) : duration(s.holdIncomplete, "holdIncomplete");
            out.add(new SourceConfig(kind, kinds.get(0)[1], Optional.ofNullable(s.project), token, hold));
        }
        return out;
    }

    private List<List<String>> commands(List<List<String>> specs, String where) throws ConfigException {
        if (specs == null) {
            return List.of();
        }
        for (List<String> c : specs) {
            if (c == null || c.isEmpty() || c.stream().anyMatch(w -> w == null)) {
                throw new ConfigException(file + ": " + where + ": each command is a non-empty list of words, e.g. [make, -j2]");
            }
        }
        return specs.stream().map(List::copyOf).toList();
    }

    /** A path from the file, relative to its directory; a name the file system refuses (a NUL) is a config error. */
    private Path path(Path base, String text, String where) throws ConfigException {
        try {
            return base.resolve(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw new ConfigException(file + ": " + where + ": '" + text.replace("\0", "\\0") + "' is not a path: " + e.getReason());
        }
    }

    private Duration duration(String text, String where) throws ConfigException {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            return switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new NumberFormatException();
            };
        } catch (RuntimeException e) {
            throw new ConfigException(file + ": " + where + ": '" + text + "' is not a duration like 90s, 30m, 2h or PT30M");
        }
    }

    public Path file() { return file; }
    public Path work() { return work; }
    public List<SourceConfig> sources() { return sources; }
    public RoutingConfig routing() { return routing; }
    public Optional<Path> maintainers() { return maintainers; }
    public boolean threeWay() { return threeWay; }
    public boolean rebuildPreimage() { return rebuildPreimage; }
    public boolean signOff() { return signOff; }
    public Optional<String> linkPattern() { return linkPattern; }
    public List<List<String>> buildCommands() { return buildCommands; }
    public List<List<String>> perPatchCommands() { return perPatchCommands; }
    public List<List<String>> testCommands() { return testCommands; }
    public Duration timeout() { return timeout; }
    public Sandbox sandbox() { return sandbox; }
    public int concurrency() { return concurrency; }
    public Map<String, String> buildEnv() { return buildEnv; }
    public Map<String, Object> checks() { return checks; }
    public Optional<String> publicUrl() { return publicUrl; }
    public boolean shadow() { return shadow; }
    public Map<String, Object> patchworkReport() { return patchworkReport; }
    public Map<String, Object> mailReport() { return mailReport; }
}
