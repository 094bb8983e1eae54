package io.jenkins.plugins.patchworkci.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.jenkins.plugins.patchworkci.inbox.ArchiveLink;
import io.jenkins.plugins.patchworkci.job.BuildPlan;
import io.jenkins.plugins.patchworkci.job.Sandbox;
import io.jenkins.plugins.patchworkci.job.TestSuite;
import io.jenkins.plugins.patchworkci.mail.Address;
import io.jenkins.plugins.patchworkci.report.MailPolicy;
import io.jenkins.plugins.patchworkci.report.SmtpMailSender;
import io.jenkins.plugins.patchworkci.route.ConfigDuration;
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
import org.jspecify.annotations.Nullable;

/**
 * The one configuration file of {@code pwci}: where work goes, the sources, the routing, how to
 * apply, the build and test commands, the checks and the reports. Read from YAML with every
 * unknown key an error, and every error naming the line. See {@code docs/cli.md}.
 */
public final class RunConfig {

    /** The YAML shape; plain fields so that errors carry the line of the offending key. */
    static final class Spec {
        @JsonProperty("work") @Nullable String work;
        @JsonProperty("sources") @Nullable List<SourceSpec> sources;
        @JsonProperty("routing") RoutingConfig.@Nullable Spec routing;
        @JsonProperty("maintainers") @Nullable String maintainers;
        @JsonProperty("apply") @Nullable ApplySpec apply;
        @JsonProperty("build") @Nullable BuildSpec build;
        @JsonProperty("checks") @Nullable Map<String, Object> checks;
        @JsonProperty("reports") @Nullable ReportsSpec reports;
    }

    /** One source: exactly one of patchwork, archive, mbox, maildir or patches. */
    static final class SourceSpec {
        @JsonProperty("patchwork") @Nullable String patchwork;
        @JsonProperty("project") @Nullable String project;
        @JsonProperty("token") @Nullable String token;
        @JsonProperty("tokenEnv") @Nullable String tokenEnv;
        @JsonProperty("archive") @Nullable String archive;
        @JsonProperty("mbox") @Nullable String mbox;
        @JsonProperty("maildir") @Nullable String maildir;
        @JsonProperty("patches") @Nullable String patches;
        @JsonProperty("holdIncomplete") @Nullable String holdIncomplete;
        @JsonProperty("archiveUrl") @Nullable String archiveUrl;
    }

    static final class ApplySpec {
        @JsonProperty("threeWay") @Nullable Boolean threeWay;
        @JsonProperty("rebuildPreimage") @Nullable Boolean rebuildPreimage;
        @JsonProperty("signOff") @Nullable Boolean signOff;
        @JsonProperty("link") @Nullable String link;
    }

    static final class BuildSpec {
        @JsonProperty("commands") @Nullable List<List<String>> commands;
        @JsonProperty("perPatch") @Nullable List<List<String>> perPatch;
        @JsonProperty("tests") @Nullable List<TestSpec> tests;
        @JsonProperty("trees") @Nullable Map<String, TreeBuildSpec> trees;
        @JsonProperty("timeout") @Nullable String timeout;
        @JsonProperty("sandbox") @Nullable String sandbox;
        @JsonProperty("concurrency") @Nullable Integer concurrency;
        @JsonProperty("env") @Nullable Map<String, String> env;
        @JsonProperty("maxAttempts") @Nullable Integer maxAttempts;
        @JsonProperty("retryAfter") @Nullable List<String> retryAfter;
    }

    /** Build and test commands for one tree, replacing the defaults for it. */
    static final class TreeBuildSpec {
        @JsonProperty("commands") @Nullable List<List<String>> commands;
        @JsonProperty("perPatch") @Nullable List<List<String>> perPatch;
        @JsonProperty("tests") @Nullable List<TestSpec> tests;
    }

    static final class TestSpec {
        @JsonProperty("name") @Nullable String name;
        @JsonProperty("command") @Nullable List<String> command;
        @JsonProperty("format") @Nullable String format;
        @JsonProperty("report") @Nullable String report;
        @JsonProperty("onBase") @Nullable Boolean onBase;
        @JsonProperty("rerunFailed") @Nullable Integer rerunFailed;
    }

    static final class ReportsSpec {
        @JsonProperty("publicUrl") @Nullable String publicUrl;
        @JsonProperty("shadow") @Nullable Boolean shadow;
        @JsonProperty("patchwork") @Nullable Map<String, Object> patchwork;
        @JsonProperty("mail") @Nullable MailSpec mail;
    }

    /** The mail report: policy, recipients, sender and SMTP server. */
    static final class MailSpec {
        @JsonProperty("policy") @Nullable String policy;
        @JsonProperty("toAuthor") @Nullable Boolean toAuthor;
        @JsonProperty("list") @Nullable String list;
        @JsonProperty("checks") @Nullable List<String> checks;
        @JsonProperty("allow") @Nullable List<String> allow;
        @JsonProperty("from") @Nullable String from;
        @JsonProperty("smtp") @Nullable SmtpSpec smtp;
    }

    static final class SmtpSpec {
        @JsonProperty("host") @Nullable String host;
        @JsonProperty("port") @Nullable Integer port;
        @JsonProperty("security") @Nullable String security;
        @JsonProperty("username") @Nullable String username;
        @JsonProperty("passwordEnv") @Nullable String passwordEnv;
        @JsonProperty("trustHost") @Nullable String trustHost;
    }

    /**
     * The mail report as configured.
     *
     * @param policy who gets mail, when
     * @param smtp the server, with the password taken from the environment
     */
    public record MailConfig(MailPolicy policy, SmtpMailSender.Settings smtp) {
        @Override
        public String toString() {
            return "mail " + policy.mode() + " via " + smtp; // Settings.toString never shows the password
        }
    }

    /**
     * A source as configured.
     *
     * @param archiveUrl the archive list its mail is in, for the reports' archive thread links: the
     *     configured {@code archiveUrl}, else an {@code archive} source's own list, else none
     */
    public record SourceConfig(String kind, String location, Optional<String> project, Optional<String> token,
            Duration holdIncomplete, Optional<String> archiveUrl) {
        @Override
        public String toString() {
            // Never print the token.
            return kind + " " + location + project.map(p -> " project " + p).orElse("");
        }
    }

    private final Path file;
    private final List<String> problems = new ArrayList<>();
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
    private final List<TestSuite> tests;
    private final Map<String, BuildPlan> treeBuilds;
    private final Duration timeout;
    private final Sandbox sandbox;
    private final int concurrency;
    private final RunRetryPolicy retry;
    private final Map<String, String> buildEnv;
    private final Map<String, Object> checks;
    private final Optional<String> publicUrl;
    private final boolean shadow;
    private final Map<String, Object> patchworkReport;
    private final Optional<MailConfig> mail;

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
        this.tests = tests(b.tests, "build.tests");
        Map<String, BuildPlan> perTree = new LinkedHashMap<>();
        if (b.trees != null) {
            for (Map.Entry<String, TreeBuildSpec> e : b.trees.entrySet()) {
                if (routing.tree(e.getKey()).isEmpty()) {
                    throw new ConfigException(file + ": build.trees: '" + e.getKey() + "' is not a configured tree");
                }
                TreeBuildSpec t = e.getValue() == null ? new TreeBuildSpec() : e.getValue();
                String w = "build.trees." + e.getKey();
                perTree.put(e.getKey(), new BuildPlan(commands(t.commands, w + ".commands"),
                        commands(t.perPatch, w + ".perPatch"), tests(t.tests, w + ".tests")));
            }
        }
        this.treeBuilds = Map.copyOf(perTree);
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
        int attempts = b.maxAttempts == null ? RunRetryPolicy.DEFAULT.maxAttempts() : b.maxAttempts;
        if (attempts < 1 || attempts > 20) {
            throw new ConfigException(file + ": build.maxAttempts must be 1 (never retry) to 20, not " + attempts);
        }
        List<Duration> waits = new ArrayList<>();
        if (b.retryAfter == null) {
            waits.addAll(RunRetryPolicy.DEFAULT.backoff());
        } else {
            for (String w : b.retryAfter) {
                waits.add(duration(String.valueOf(w), "build.retryAfter"));
            }
            if (waits.isEmpty()) {
                throw new ConfigException(file + ": build.retryAfter needs at least one wait, like [5m, 30m, 2h]");
            }
        }
        this.retry = new RunRetryPolicy(attempts, waits);
        for (Map.Entry<String, String> e : b.env == null ? Map.<String, String>of().entrySet() : b.env.entrySet()) {
            if (e.getKey() == null || !e.getKey().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new ConfigException(file + ": build.env: '" + e.getKey() + "' is not a variable name");
            }
            if (io.jenkins.plugins.patchworkci.check.BuildEnvironment.RESERVED.contains(e.getKey())) {
                throw new ConfigException(file + ": build.env: " + e.getKey()
                        + " cannot be set: builds get their own in the run's scratch directory");
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
        this.mail = r.mail == null ? Optional.empty() : Optional.of(mail(r.mail, env));
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

    private List<SourceConfig> sources(@Nullable List<SourceSpec> specs, Path base, Map<String, String> env) throws ConfigException {
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
                    // Not an error yet: reading, routing and applying need no token, only posting does
                    // (RunService refuses to post without it, config check reports it).
                    problems.add(where + ": tokenEnv names " + s.tokenEnv + ", which is not set");
                } else {
                    token = Optional.of(value);
                }
            }
            Duration hold = s.holdIncomplete == null ? Duration.ofHours(2) : duration(s.holdIncomplete, "holdIncomplete");
            out.add(new SourceConfig(kind, kinds.get(0)[1], Optional.ofNullable(s.project), token, hold,
                    archiveUrl(s, kind, where)));
        }
        return out;
    }

    /** Where a source's mail is archived: as configured, else the archive source's own list; checked to be http(s). */
    private static Optional<String> archiveUrl(SourceSpec s, String kind, String where) throws ConfigException {
        String url = s.archiveUrl != null ? s.archiveUrl : kind.equals("archive") ? s.archive : null;
        if (url == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ArchiveLink.checkedBase(url).toString());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(where + ": archiveUrl: " + e.getMessage());
        }
    }

    private MailConfig mail(MailSpec m, Map<String, String> env) throws ConfigException {
        String where = file + ": reports.mail";
        MailPolicy.Mode mode;
        switch (m.policy == null ? "off" : m.policy.toLowerCase(Locale.ROOT)) {
            case "off" -> mode = MailPolicy.Mode.OFF;
            case "failure", "on-failure" -> mode = MailPolicy.Mode.ON_FAILURE;
            case "always" -> mode = MailPolicy.Mode.ALWAYS;
            default -> throw new ConfigException(where + ".policy must be off, failure or always, not '" + m.policy + "'");
        }
        if (m.from == null) {
            throw new ConfigException(where + ".from: name the robot's address, e.g. 'patchwork-ci <ci@example.org>'");
        }
        Address from;
        try {
            jakarta.mail.internet.InternetAddress a = new jakarta.mail.internet.InternetAddress(m.from, true);
            from = new Address(a.getPersonal() == null ? "" : a.getPersonal(), a.getAddress());
        } catch (jakarta.mail.internet.AddressException e) {
            throw new ConfigException(where + ".from: '" + m.from + "' is not a mail address");
        }
        SmtpSpec smtp = m.smtp == null ? new SmtpSpec() : m.smtp;
        if (smtp.host == null) {
            throw new ConfigException(where + ".smtp.host is required");
        }
        SmtpMailSender.Security security;
        switch (smtp.security == null ? "starttls" : smtp.security.toLowerCase(Locale.ROOT)) {
            case "starttls" -> security = SmtpMailSender.Security.STARTTLS;
            case "tls", "smtps" -> security = SmtpMailSender.Security.TLS;
            case "none" -> security = SmtpMailSender.Security.NONE;
            default -> throw new ConfigException(where + ".smtp.security must be starttls, tls or none");
        }
        String password = null;
        if (smtp.passwordEnv != null) {
            password = env.get(smtp.passwordEnv);
            if (password == null || password.isEmpty()) {
                throw new ConfigException(where + ".smtp.passwordEnv names " + smtp.passwordEnv + ", which is not set");
            }
        }
        int port = smtp.port != null ? smtp.port : security == SmtpMailSender.Security.TLS ? 465 : 587;
        try {
            return new MailConfig(new MailPolicy(mode, m.toAuthor == null || m.toAuthor, m.list,
                    m.checks == null ? List.of() : m.checks, m.allow == null ? List.of() : m.allow, from),
                    new SmtpMailSender.Settings(smtp.host, port, security, smtp.username, password, smtp.trustHost));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(where + ": " + e.getMessage());
        }
    }

    private List<List<String>> commands(@Nullable List<List<String>> specs, String where) throws ConfigException {
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

    private List<TestSuite> tests(@Nullable List<TestSpec> specs, String where) throws ConfigException {
        List<TestSuite> out = new ArrayList<>();
        for (TestSpec t : specs == null ? List.<TestSpec>of() : specs) {
            if (t == null || t.name == null || !t.name.matches("[-a-zA-Z0-9_]+")) {
                throw new ConfigException(file + ": " + where + ": each suite needs a name of letters, digits, '-' or '_'");
            }
            if (t.command == null || t.command.isEmpty() || t.command.stream().anyMatch(w -> w == null)) {
                throw new ConfigException(file + ": " + where + "." + t.name + ".command: a non-empty list of words");
            }
            String format = t.format == null ? "ktap" : t.format.toLowerCase(Locale.ROOT);
            if (!List.of("ktap", "test_progs", "junit").contains(format)) {
                throw new ConfigException(file + ": " + where + "." + t.name + ".format must be ktap, test_progs or junit");
            }
            if (format.equals("junit") && t.report == null) {
                throw new ConfigException(file + ": " + where + "." + t.name + ": a junit suite names its report file");
            }
            int reruns = t.rerunFailed == null ? 0 : t.rerunFailed;
            if (reruns < 0 || reruns > 5) {
                throw new ConfigException(file + ": " + where + "." + t.name + ".rerunFailed must be 0 to 5, not " + reruns);
            }
            out.add(new TestSuite(t.name, List.copyOf(t.command), format, Optional.ofNullable(t.report),
                    t.onBase == null || t.onBase, reruns));
        }
        return out;
    }

    private Duration duration(String text, String where) throws ConfigException {
        return ConfigDuration.parse(text).orElseThrow(() -> new ConfigException(
                file + ": " + where + ": '" + text + "' is not a duration like 90s, 30m, 2h or PT30M"));
    }

    public Path file() { return file; }

    /** What is wrong but only matters for some commands (an unset tokenEnv), each naming its key. */
    public List<String> problems() { return List.copyOf(problems); }
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
    public List<TestSuite> tests() { return tests; }

    /** What to build and test on a tree: its own plan when configured, else the defaults. */
    public BuildPlan build(String treeName) {
        return treeBuilds.getOrDefault(treeName, new BuildPlan(buildCommands, perPatchCommands, tests));
    }
    public Duration timeout() { return timeout; }
    public Sandbox sandbox() { return sandbox; }
    public int concurrency() { return concurrency; }

    /** When a run that broke (an error, not a failing series) is tried again: build.maxAttempts, build.retryAfter. */
    public RunRetryPolicy retry() { return retry; }
    public Map<String, String> buildEnv() { return buildEnv; }
    public Map<String, Object> checks() { return checks; }
    public Optional<String> publicUrl() { return publicUrl; }
    public boolean shadow() { return shadow; }
    public Map<String, Object> patchworkReport() { return patchworkReport; }
    public Optional<MailConfig> mail() { return mail; }
}
