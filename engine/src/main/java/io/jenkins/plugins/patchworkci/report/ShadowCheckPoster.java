package io.jenkins.plugins.patchworkci.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Shadow mode's Patchwork: every post is appended as one JSON line to a file (and printed, when a
 * stream is given) instead of being sent, so a site can read what the robot would say before it
 * says it. Lists are empty: a shadow has no server to ask. Use a ledger file of its own, so going
 * live later does not skip posts the shadow only wrote down.
 */
public final class ShadowCheckPoster implements CheckPoster {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final PrintStream out;

    /**
     * @param file the JSON-lines file to append to ({@code would-post.jsonl})
     * @param out where to print each line as well, or null
     */
    public ShadowCheckPoster(Path file, PrintStream out) {
        this.file = file;
        this.out = out;
    }

    @Override
    public synchronized PostedCheck post(long patchId, CheckPost check) throws IOException {
        ObjectNode line = JSON.createObjectNode().put("patch", patchId).put("state", check.state().apiName())
                .put("context", check.context()).put("description", check.description())
                .put("target_url", check.targetUrl());
        String text = JSON.writeValueAsString(line);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Files.writeString(file, text + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (out != null) {
            out.println("would post: " + text);
        }
        return new PostedCheck(0, null, null, null, check);
    }

    @Override
    public List<PostedCheck> list(long patchId) {
        return List.of();
    }
}
