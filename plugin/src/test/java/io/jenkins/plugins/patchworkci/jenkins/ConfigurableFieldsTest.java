package io.jenkins.plugins.patchworkci.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Every configurable field of the plugin's classes (each {@code @DataBoundConstructor} parameter
 * and {@code @DataBoundSetter}) is in its class's {@code config.jelly} and has a
 * {@code help-<field>.html} beside it. The classes are found by reflection on what this module
 * compiled from plugin/src/main/java, so a new class or field is checked without editing the test.
 */
class ConfigurableFieldsTest {

    /** A data-bound class and the fields a form or Configuration as Code can set. */
    record Configurable(Class<?> type, Set<String> fields) {
        Path folder() {
            return PluginViewsTest.RESOURCES.resolve(type.getName().replace('.', '/'));
        }

        @Override
        public String toString() {
            return type.getSimpleName() + fields;
        }
    }

    static List<Configurable> configurables() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(PatchworkServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Configurable> result = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/').replace('/', '.');
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        ConfigurableFieldsTest.class.getClassLoader());
                Set<String> fields = fieldsOf(type);
                if (!fields.isEmpty()) {
                    result.add(new Configurable(type, fields));
                }
            }
        }
        return result;
    }

    static Set<String> fieldsOf(Class<?> type) {
        Set<String> fields = new LinkedHashSet<>();
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (constructor.isAnnotationPresent(DataBoundConstructor.class)) {
                for (Parameter parameter : constructor.getParameters()) {
                    assertThat(parameter.isNamePresent())
                            .as("%s is compiled with -parameters, so Stapler can bind by name", type).isTrue();
                    fields.add(parameter.getName());
                }
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (method.isAnnotationPresent(DataBoundSetter.class)) {
                assertThat(method.getName()).as("data-bound setter of %s", type).startsWith("set");
                fields.add(Introspector.decapitalize(method.getName().substring(3)));
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (field.isAnnotationPresent(DataBoundSetter.class)) {
                fields.add(field.getName());
            }
        }
        return fields;
    }

    @Test
    void findsTheConfigurableClasses() throws Exception {
        assertThat(configurables()).extracting(Configurable::type)
                .contains(PatchworkGlobalConfiguration.class, PatchworkServer.class);
        assertThat(fieldsOf(PatchworkServer.class)).containsExactlyInAnyOrder("name", "apiUrl", "credentialsId");
        assertThat(fieldsOf(PatchworkGlobalConfiguration.class)).containsExactlyInAnyOrder("servers", "archiveUrl",
                "publishChecks", "smtpHost", "smtpPort", "smtpSecurity", "smtpCredentialsId", "mailFrom");
    }

    @ParameterizedTest
    @MethodSource("configurables")
    void everyFieldIsInTheFormAndHasHelp(Configurable configurable) throws IOException {
        Path config = configurable.folder().resolve("config.jelly");
        assertThat(config).as("view of %s", configurable.type()).isRegularFile();
        String view = Files.readString(config, StandardCharsets.UTF_8);
        for (String field : configurable.fields()) {
            assertThat(view).as("%s binds field %s", config, field).contains("field=\"" + field + "\"");
            assertThat(configurable.folder().resolve("help-" + field + ".html"))
                    .as("help for field %s of %s", field, configurable.type().getSimpleName()).isRegularFile();
        }
        assertThat(configurable.folder().resolve("help.html"))
                .as("overall help of %s", configurable.type().getSimpleName()).isRegularFile();
    }
}
