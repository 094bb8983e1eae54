package io.jenkins.plugins.patchworkci.report;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The recorded Patchwork answers in {@code src/test/resources/report/patchwork/} (see its README). */
final class RecordedPatchwork {

    private RecordedPatchwork() {}

    static String text(String name) {
        try (InputStream in = RecordedPatchwork.class.getResourceAsStream("/report/patchwork/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource report/patchwork/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recorded 201 answer to a check post: status, headers (Location included) and body. */
    static ResponseDefinitionBuilder created() {
        String[] lines = text("check-post.headers").split("\r?\n");
        ResponseDefinitionBuilder response = aResponse().withStatus(Integer.parseInt(lines[0].split(" ")[1]));
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0 && !lines[i].startsWith("Content-Length")) {
                response = response.withHeader(lines[i].substring(0, colon), lines[i].substring(colon + 1).strip());
            }
        }
        return response.withBody(text("check-post-response.json").strip());
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
