package io.jenkins.plugins.patchworkci.check.results;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads JUnit XML (Ant's schema, as Maven Surefire, pytest and most CI tools write it):
 * {@code <testsuites>}/{@code <testsuite>}/{@code <testcase classname name>} with a
 * {@code <failure>} or {@code <error>} child for a failure and {@code <skipped>} for a skip. A test
 * is named {@code classname.name}. DOCTYPEs are refused (no external entities from a test's output).
 */
public final class JUnitXmlParser {

    private JUnitXmlParser() {}

    public static TestReport parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            Element root = b.parse(new ByteArrayInputStream(xml)).getDocumentElement();
            List<TestCase> cases = new ArrayList<>();
            NodeList tcs = root.getElementsByTagName("testcase");
            if (root.getTagName().equals("testcase")) {
                cases.add(read(root));
            }
            for (int i = 0; i < tcs.getLength(); i++) {
                cases.add(read((Element) tcs.item(i)));
            }
            return new TestReport(cases);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not JUnit XML: " + e.getMessage(), e);
        }
    }

    private static TestCase read(Element tc) {
        String cls = tc.getAttribute("classname");
        String name = cls.isEmpty() ? tc.getAttribute("name") : cls + "." + tc.getAttribute("name");
        TestOutcome outcome = TestOutcome.PASS;
        String detail = "";
        for (Node n = tc.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            switch (e.getTagName()) {
                case "failure", "error" -> {
                    outcome = TestOutcome.FAIL;
                    String message = e.getAttribute("message");
                    detail = message.isEmpty() ? e.getTextContent().strip() : message;
                }
                case "skipped" -> {
                    if (outcome != TestOutcome.FAIL) {
                        outcome = TestOutcome.SKIP;
                        detail = e.getAttribute("message");
                    }
                }
                default -> { }
            }
        }
        return new TestCase(name, outcome, detail.length() > 500 ? detail.substring(0, 500) : detail);
    }
}
