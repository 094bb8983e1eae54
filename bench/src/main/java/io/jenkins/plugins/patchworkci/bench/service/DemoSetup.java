package io.jenkins.plugins.patchworkci.bench.service;

import io.jenkins.plugins.patchworkci.demo.DemoWorkspace;
import io.jenkins.plugins.patchworkci.run.RunConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The demo's trees and configuration ({@link DemoWorkspace}) with the source and the build section
 * replaced: what the service benchmarks run the whole job on.
 */
final class DemoSetup {

    private final DemoWorkspace demo;

    private DemoSetup(DemoWorkspace demo) {
        this.demo = demo;
    }

    static DemoSetup create(Path dir) throws IOException, InterruptedException {
        return new DemoSetup(DemoWorkspace.create(dir));
    }

    DemoWorkspace demo() {
        return demo;
    }

    /**
     * A configuration for the demo's trees with these sources and build section (YAML, indented as
     * top-level keys' bodies).
     */
    RunConfig config(String name, String sources, String build) throws IOException {
        String yaml = Files.readString(demo.config(), StandardCharsets.UTF_8);
        int s = yaml.indexOf("sources:");
        int r = yaml.indexOf("routing:");
        int b = yaml.indexOf("build:");
        int c = yaml.indexOf("checks:");
        if (s < 0 || r < s || b < r || c < b) {
            throw new IOException("the demo's configuration changed shape: " + demo.config());
        }
        String text = yaml.substring(0, s) + "sources:\n" + sources + yaml.substring(r, b) + "build:\n" + build
                + yaml.substring(c);
        text = text.replace("work: work/pwci", "work: work/" + name);
        Path file = demo.root().resolve(name + ".yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try {
            return RunConfig.read(file, Map.of());
        } catch (io.jenkins.plugins.patchworkci.run.ConfigException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
