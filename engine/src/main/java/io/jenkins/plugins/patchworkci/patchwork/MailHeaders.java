package io.jenkins.plugins.patchworkci.patchwork;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@code headers} object of a patch, cover or comment. Patchwork sends each value as the raw,
 * possibly folded header text ({@code "Message-Id": "\n <...>"}) and a repeated header as a list; here
 * every value is unfolded (RFC 5322 §2.2.3: CRLF followed by white space is white space) and trimmed,
 * and names are looked up without case.
 */
@JsonDeserialize(using = MailHeaders.Reader.class)
public record MailHeaders(Map<String, List<String>> values) {

    public MailHeaders {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        values = Collections.unmodifiableMap(copy);
    }

    public static MailHeaders empty() {
        return new MailHeaders(Map.of());
    }

    /** Every value of a header, unfolded, in the order Patchwork gave them. */
    public List<String> all(String name) {
        List<String> found = new ArrayList<>();
        values.forEach((k, v) -> {
            if (k.equalsIgnoreCase(name)) {
                found.addAll(v);
            }
        });
        return found;
    }

    public Optional<String> first(String name) {
        List<String> all = all(name);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Folding whitespace to one space, then trimmed. */
    static String unfold(@Nullable String raw) {
        return raw == null ? "" : raw.replaceAll("\\r?\\n[ \\t]+", " ").replaceAll("[\\r\\n]", "").trim();
    }

    static final class Reader extends JsonDeserializer<MailHeaders> {
        @Override
        public MailHeaders deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.readValueAsTree();
            if (node == null || !node.isObject()) {
                return empty();
            }
            Map<String, List<String>> map = new LinkedHashMap<>();
            node.properties().forEach(e -> {
                List<String> list = new ArrayList<>();
                if (e.getValue().isArray()) {
                    e.getValue().forEach(v -> list.add(unfold(v.asText())));
                } else if (!e.getValue().isNull()) {
                    list.add(unfold(e.getValue().asText()));
                }
                map.put(e.getKey(), list);
            });
            return new MailHeaders(map);
        }

        @Override
        public MailHeaders getNullValue(DeserializationContext ctxt) {
            return empty();
        }
    }
}
