package io.jenkins.plugins.patchworkci.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.route.Plan;
import io.jenkins.plugins.patchworkci.route.RoutingStep;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.route.TreeKind;
import io.jenkins.plugins.patchworkci.route.TreeRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of a {@link Run}, as {@code docs/report-schema.json} describes it. Field names are
 * the record components; states are Patchwork's words ({@code success}, {@code fail}); times are
 * ISO 8601 instants; absent values are {@code null}, never left out. Readers ignore fields they do
 * not know, so adding a field does not break older readers; renaming or removing one bumps
 * {@link Run#SCHEMA_VERSION}.
 */
public final class RunJson {

    private static final ObjectMapper MAPPER = mapper();

    private RunJson() {}

    /** The mapper used for every report file (run, ledgers): the run model's conventions. */
    static ObjectMapper mapper() {
        SimpleModule module = new SimpleModule("patchwork-ci-report");
        module.addSerializer(Instant.class, new InstantSerializer());
        module.addDeserializer(Instant.class, new InstantDeserializer());
        module.addSerializer(CheckState.class, new StateSerializer());
        module.addDeserializer(CheckState.class, new StateDeserializer());
        module.addSerializer(Plan.class, new PlanSerializer());
        module.addDeserializer(Plan.class, new PlanDeserializer());
        return new ObjectMapper()
                .registerModule(module)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static String write(Run run) {
        try {
            return MAPPER.writeValueAsString(run);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a run always serialises", e);
        }
    }

    public static void write(Run run, Path file) throws IOException {
        AtomicFile.write(file, write(run).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a run; a malformed file is an {@link IOException} naming the field and why. */
    public static Run read(String json) throws IOException {
        try {
            return MAPPER.readValue(json, Run.class);
        } catch (JsonProcessingException e) {
            throw new IOException("not a run report: " + e.getOriginalMessage() + " at " + e.getLocation(), e);
        }
    }

    public static Run read(Path file) throws IOException {
        try {
            return read(java.nio.file.Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static final class InstantSerializer extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class InstantDeserializer extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not an ISO 8601 instant");
            }
        }
    }

    private static final class StateSerializer extends JsonSerializer<CheckState> {
        @Override
        public void serialize(CheckState value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.apiName());
        }
    }

    private static final class StateDeserializer extends JsonDeserializer<CheckState> {
        @Override
        public CheckState deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            for (CheckState s : CheckState.values()) {
                if (s.apiName().equals(text)) {
                    return s;
                }
            }
            return (CheckState) ctxt.handleWeirdStringValue(CheckState.class, text,
                    "not one of pending, success, warning, fail");
        }
    }

    /** The plan's JSON shape: Optional becomes null, enums become the configuration's words. */
    record PlanJson(String label, @Nullable TreeJson tree, @Nullable String base, List<RoutingStep> steps,
            List<PlanJson> companions) {

        static PlanJson of(Plan plan) {
            return new PlanJson(plan.label(), plan.tree().map(TreeJson::of).orElse(null), plan.base().orElse(null),
                    plan.steps(), plan.companions().stream().map(PlanJson::of).toList());
        }

        Plan toPlan() {
            return new Plan(label, Optional.ofNullable(tree).map(TreeJson::toTree), Optional.ofNullable(base),
                    steps == null ? List.of() : steps,
                    companions == null ? List.of() : companions.stream().map(PlanJson::toPlan).toList());
        }
    }

    record TreeJson(String name, String remote, String branch, List<String> tags, List<String> paths, String kind,
            @Nullable String family, String role) {

        static TreeJson of(Tree t) {
            return new TreeJson(t.name(), t.remote(), t.branch(), t.tags(), t.paths(), word(t.kind()),
                    t.family().orElse(null), word(t.role()));
        }

        Tree toTree() {
            return new Tree(name, remote, branch, tags == null ? List.of() : tags, paths == null ? List.of() : paths,
                    TreeKind.valueOf(constant(kind)), Optional.ofNullable(family), TreeRole.valueOf(constant(role)));
        }

        private static String word(Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        private static String constant(String word) {
            if (word == null) {
                throw new IllegalArgumentException("tree kind and role are required");
            }
            return word.toUpperCase(Locale.ROOT).replace('-', '_');
        }
    }

    private static final class PlanSerializer extends JsonSerializer<Plan> {
        @Override
        public void serialize(Plan value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            provider.defaultSerializeValue(PlanJson.of(value), gen);
        }
    }

    private static final class PlanDeserializer extends JsonDeserializer<Plan> {
        @Override
        public Plan deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            PlanJson json = ctxt.readValue(p, PlanJson.class);
            try {
                return json.toPlan();
            } catch (RuntimeException e) {
                return (Plan) ctxt.handleWeirdStringValue(Plan.class, String.valueOf(json.label()), e.getMessage());
            }
        }
    }
}
