package io.jenkins.plugins.patchworkci.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of jenkins-api (docs/jenkins-build.md) that a reader would otherwise have to check by
 * eye: each file says where its signatures come from, holds signatures and no code, and the module
 * never reaches the real plugin.
 */
class SignatureModuleTest {
    private static final Path SIGNATURES = Path.of("..", "jenkins-api", "src", "main", "java");
    /** groupId:artifactId:version, the version starting with a digit. */
    private static final Pattern COORDINATES = Pattern.compile("[\\w.-]+:[\\w.-]+:\\d[\\w.-]*");
    private static final Pattern NEW = Pattern.compile("\\bnew\\s+(\\w+)");

    static List<Path> signatureFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(SIGNATURES)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void findsTheSignatures() throws IOException {
        assertThat(signatureFiles()).hasSizeGreaterThanOrEqualTo(20)
                .anyMatch(p -> p.endsWith(Path.of("jenkins", "model", "GlobalConfiguration.java")));
    }

    @ParameterizedTest
    @MethodSource("signatureFiles")
    void headerNamesTheArtifactAndVersion(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as("%s starts with its header comment", file).startsWith("/*\n * Signature of ");
        String header = text.substring(0, text.indexOf("*/"));
        assertThat(COORDINATES.matcher(header).find()).as("%s names groupId:artifactId:version in:%n%s", file, header).isTrue();
    }

    @ParameterizedTest
    @MethodSource("signatureFiles")
    void holdsSignaturesNotCode(Path file) throws IOException {
        String code = Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        assertThat(code).as("%s returns nothing", file).doesNotContainPattern("\\breturn\\b");
        Matcher created = NEW.matcher(code);
        while (created.find()) {
            assertThat(created.group(1)).as("%s creates nothing but the exception", file)
                    .isEqualTo("UnsupportedOperationException");
        }
    }

    @Test
    void theRealPluginNeverDependsOnTheSignatures() throws IOException {
        String pluginPom = Files.readString(Path.of("..", "plugin", "pom.xml"), StandardCharsets.UTF_8);
        assertThat(pluginPom).doesNotContain("patchwork-ci-jenkins-api").contains("<packaging>hpi</packaging>");
    }
}
