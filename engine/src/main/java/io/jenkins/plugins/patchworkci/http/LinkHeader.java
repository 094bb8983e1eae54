package io.jenkins.plugins.patchworkci.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 8288 {@code Link} header reduced to what pagination needs: relation name to target URI.
 * Patchwork sends {@code <...>; rel="next", <...>; rel="prev", <...>; rel="first", <...>; rel="last"}.
 */
public record LinkHeader(Map<String, URI> relations) {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,<]+)*)");
    private static final Pattern REL = Pattern.compile("rel\\s*=\\s*\"?([^\";,]+)\"?");

    public LinkHeader {
        relations = Map.copyOf(relations);
    }

    /** Parses a header value; an absent or unreadable header has no relations. */
    public static LinkHeader parse(@Nullable String value, URI base) {
        Map<String, URI> rels = new LinkedHashMap<>();
        if (value != null) {
            Matcher m = LINK.matcher(value);
            while (m.find()) {
                Matcher rel = REL.matcher(m.group(2));
                if (!rel.find()) {
                    continue;
                }
                URI target;
                try {
                    target = base.resolve(m.group(1).trim());
                } catch (IllegalArgumentException e) {
                    continue;
                }
                for (String name : rel.group(1).trim().split("\\s+")) {
                    rels.putIfAbsent(name, target);
                }
            }
        }
        return new LinkHeader(rels);
    }

    @Nullable
    public URI next() {
        return relations.get("next");
    }
}
