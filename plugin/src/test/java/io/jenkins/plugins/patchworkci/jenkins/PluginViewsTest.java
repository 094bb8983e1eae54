package io.jenkins.plugins.patchworkci.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * The plugin's Jelly views and help pages, read from plugin/src/main/resources: Jelly must be
 * well-formed XML that escapes by default (so text from mail can never reach a page unescaped),
 * help pages well-formed fragments in one {@code <div>}.
 */
class PluginViewsTest {
    static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final String ESCAPE_BY_DEFAULT = "<?jelly escape-by-default='true'?>";
    /** A localized text of a Jelly view, {@code ${%text}}. */
    private static final Pattern LOCALIZED = Pattern.compile("\\$\\{%([^}]*)}");

    static List<Path> jellyViews() throws IOException {
        return files(".jelly");
    }

    static List<Path> helpPages() throws IOException {
        return files(".html").stream().filter(p -> p.getFileName().toString().startsWith("help")).toList();
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(RESOURCES)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void findsTheViewsOfEveryConfigurableClass() throws IOException {
        // Guards the parameterized tests below against passing on an empty directory.
        assertThat(jellyViews()).extracting(p -> RESOURCES.relativize(p).toString().replace('\\', '/'))
                .contains("index.jelly",
                        "io/jenkins/plugins/patchworkci/jenkins/PatchworkGlobalConfiguration/config.jelly",
                        "io/jenkins/plugins/patchworkci/jenkins/PatchworkServer/config.jelly");
        assertThat(helpPages()).hasSizeGreaterThanOrEqualTo(6);
    }

    @ParameterizedTest
    @MethodSource("jellyViews")
    void jellyViewEscapesByDefaultAndIsWellFormed(Path view) throws IOException {
        String text = Files.readString(view, StandardCharsets.UTF_8);
        assertThat(text).as("first line of %s", view).startsWith(ESCAPE_BY_DEFAULT + "\n");
        assertThatCode(() -> parse(view)).as("%s is well-formed XML", view).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("jellyViews")
    void textWithParenthesesIsAKeyOfTheViewsProperties(Path view) throws IOException {
        // Stapler reads ${%text(args)} as the message "text" with expressions as arguments, so a
        // literal "(" in a text breaks the page (it did on Jenkins 2.568.1: "Maximum age (days)").
        // Such a text must be a key whose message is in the view's own .properties file.
        String name = view.getFileName().toString();
        Path propertiesFile = view.resolveSibling(name.substring(0, name.length() - ".jelly".length()) + ".properties");
        Properties messages = new Properties();
        if (Files.isRegularFile(propertiesFile)) {
            try (Reader reader = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
                messages.load(reader);
            }
        }
        Matcher localized = LOCALIZED.matcher(Files.readString(view, StandardCharsets.UTF_8));
        while (localized.find()) {
            String text = localized.group(1);
            int arguments = text.indexOf('(');
            if (arguments >= 0) {
                assertThat(messages).as("%s: ${%%%s} needs its key in %s", view, text, propertiesFile)
                        .containsKey(text.substring(0, arguments));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("helpPages")
    void helpPageIsOneWellFormedDiv(Path page) throws Exception {
        Document document = parse(page);
        assertThat(document.getDocumentElement().getTagName()).as("root element of %s", page).isEqualTo("div");
        assertThat(document.getDocumentElement().getTextContent().strip()).as("text of %s", page).isNotEmpty();
    }

    static Document parse(Path file) throws Exception {
        return newBuilder().parse(file.toFile());
    }

    private static DocumentBuilder newBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // No DTDs or external entities: these are our own files, and the parser need not fetch anything.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder;
    }
}
