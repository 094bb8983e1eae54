package io.jenkins.plugins.patchworkci.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import edu.umd.cs.findbugs.annotations.NonNull;
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import jenkins.model.GlobalConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.core.Authentication;

/**
 * The signatures in jenkins-api are strict enough to catch the mistakes that would break the real
 * plugin build: each sample below is a small plugin-like class, compiled with javac against the
 * same jars as plugin/src/main/java. Every mistake is one the real Jenkins 2.568.1 APIs reject
 * too; the correct version of each must compile.
 */
class TypeCheckCatchesMistakesTest {
    private static final String IMPORTS = """
            package sample;
            import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
            import hudson.model.Descriptor;
            import hudson.util.ListBoxModel;
            import java.io.IOException;
            import java.util.Map;
            import jenkins.model.GlobalConfiguration;
            import net.sf.json.JSONObject;
            import org.kohsuke.stapler.StaplerRequest2;
            """;

    @TempDir
    Path output;

    record Result(boolean compiled, List<String> errorCodes, String report) {}

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("configure overridden with the wrong parameter type", """
                        public class Sample extends GlobalConfiguration {
                            @Override
                            public boolean configure(StaplerRequest2 req, Map<String, Object> json) {
                                return true;
                            }
                        }
                        """, "compiler.err.method.does.not.override.superclass"),
                Arguments.of("the final getDescriptor() overridden", """
                        public class Sample extends GlobalConfiguration {
                            @Override
                            public Descriptor<GlobalConfiguration> getDescriptor() {
                                return this;
                            }
                        }
                        """, "compiler.err.override.meth"),
                Arguments.of("configure declared to throw more than the real one", """
                        public class Sample extends GlobalConfiguration {
                            @Override
                            public boolean configure(StaplerRequest2 req, JSONObject json) throws IOException {
                                return true;
                            }
                        }
                        """, "compiler.err.override.meth.doesnt.throw"),
                Arguments.of("the credentials list builder taken to return its own type", """
                        public class Sample {
                            StandardListBoxModel items() {
                                return new StandardListBoxModel().includeEmptyValue();
                            }
                        }
                        """, "compiler.err.prob.found.req"),
                Arguments.of("a Checks API factory returning a publisher instead of an Optional", """
                        public class Sample extends io.jenkins.plugins.checks.api.ChecksPublisherFactory {
                            @Override
                            protected io.jenkins.plugins.checks.api.ChecksPublisher createPublisher(
                                    hudson.model.Run<?, ?> run, hudson.model.TaskListener listener) {
                                return null;
                            }
                        }
                        """, "compiler.err.override.incompatible.ret"),
                Arguments.of("a Checks API publisher without publish", """
                        public class Sample extends io.jenkins.plugins.checks.api.ChecksPublisher {
                        }
                        """, "compiler.err.does.not.override.abstract"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void mistakeDoesNotCompile(String mistake, String source, String expectedError) {
        Result result = compile(IMPORTS + source);
        assertThat(result.compiled()).as("%s must not compile; javac said:%n%s", mistake, result.report()).isFalse();
        assertThat(result.errorCodes()).as(result.report()).contains(expectedError);
    }

    @Test
    void correctVersionsCompile() {
        Result result = compile(IMPORTS + """
                public class Sample extends GlobalConfiguration {
                    @Override
                    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
                        req.bindJSON(this, json);
                        return true;
                    }

                    ListBoxModel items() {
                        return new StandardListBoxModel().includeEmptyValue();
                    }
                }
                """);
        assertThat(result.compiled()).as(result.report()).isTrue();
        assertThat(output.resolve("sample/Sample.class")).isRegularFile();
    }

    private Result compile(String source) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("tests run on a JDK").isNotNull();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("--release", "17", "-proc:none", "-Xlint:-options",
                "-classpath", classpath(), "-d", output.toString());
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///sample/Sample.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            boolean compiled = javac.getTask(null, files, diagnostics, options, null, List.of(file)).call();
            List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
            String report = diagnostics.getDiagnostics().stream()
                    .map(d -> d.getCode() + " line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining(System.lineSeparator()));
            return new Result(compiled, errors.stream().map(Diagnostic::getCode).toList(), report);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jars plugin/src/main/java is compiled against: the signatures and the real jars they extend. */
    private static String classpath() {
        List<String> entries = new ArrayList<>();
        for (Class<?> type : List.of(GlobalConfiguration.class, HttpServletRequest.class, Authentication.class, NonNull.class)) {
            try {
                entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
