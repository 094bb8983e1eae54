package io.jenkins.plugins.patchworkci.inbox;

import io.jenkins.plugins.patchworkci.http.HttpRequest;
import io.jenkins.plugins.patchworkci.http.HttpResponse;
import io.jenkins.plugins.patchworkci.http.HttpStatusException;
import io.jenkins.plugins.patchworkci.http.HttpTransport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A client for a public-inbox archive (the software behind lore.kernel.org), over its HTTP interface:
 * <ul>
 *   <li>{@link #raw}: one message, {@code GET /<list>/<msgid>/raw} (a one-message mboxrd);</li>
 *   <li>{@link #thread}: the whole thread, {@code GET /<list>/<msgid>/t.mbox.gz};</li>
 *   <li>{@link #search}: messages matching a query, {@code POST /<list>/?q=<query>&x=m} (a GET answers
 *       an HTML page, not the mbox);</li>
 *   <li>{@link #atom}: {@code GET /<list>/new.atom}, the newest few dozen messages.</li>
 * </ul>
 * Mboxes come back decompressed, in mboxrd form.
 */
public final class PublicInboxClient {

    private final URI server;
    private final HttpTransport transport;

    /** @param server the archive's root, e.g. {@code https://lore.kernel.org/} */
    public PublicInboxClient(URI server, HttpTransport transport) {
        Objects.requireNonNull(server, "server");
        if (!server.isAbsolute() || server.getHost() == null || !server.getScheme().matches("(?i)https?")) {
            throw new IllegalArgumentException("public-inbox server must be an http(s) URL: " + server);
        }
        String path = server.getRawPath() == null || server.getRawPath().isEmpty() ? "/" : server.getRawPath();
        this.server = server.resolve(path.endsWith("/") ? path : path + "/");
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    public URI server() {
        return server;
    }

    /** One message as a one-message mboxrd. */
    public byte[] raw(String list, String messageId) throws IOException, InterruptedException {
        HttpResponse r = get(message(list, messageId).resolve("raw"));
        expectFound(r, "message <" + LoreLink.stripBrackets(messageId) + "> in " + list);
        return r.body();
    }

    /** The whole thread holding a message (its series, with replies), as mboxrd. */
    public byte[] thread(String list, String messageId) throws IOException, InterruptedException {
        HttpResponse r = get(message(list, messageId).resolve("t.mbox.gz"));
        expectFound(r, "the thread of <" + LoreLink.stripBrackets(messageId) + "> in " + list);
        return gunzip(r, "the thread of <" + messageId + ">");
    }

    /** The thread a public-inbox URL points into (any server, not only this client's). */
    public byte[] thread(LoreLink link) throws IOException, InterruptedException {
        return new PublicInboxClient(link.server(), transport).thread(link.list(), link.messageId());
    }

    /**
     * Messages matching a public-inbox search query, newest first (public-inbox's order), as mboxrd;
     * empty when nothing matches.
     */
    public byte[] search(String list, String query) throws IOException, InterruptedException {
        URI uri = server.resolve(list + "/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&x=m");
        HttpRequest post = HttpRequest.post(uri, "application/x-www-form-urlencoded", new byte[0])
                .withRetryable(true); // a search changes nothing
        HttpResponse r = transport.send(post);
        if (r.status() == 404 && r.bodyText().startsWith("No results found")) {
            return new byte[0];
        }
        if (r.status() == 501) {
            throw new HttpStatusException("inbox '" + list + "' at " + server + " has no search index (public-inbox"
                    + " needs indexlevel medium or full, with Xapian) so it cannot be polled by received time",
                    501, r.uri());
        }
        expectFound(r, "searching " + list + " for '" + query + "'");
        return gunzip(r, "search results for '" + query + "'");
    }

    /** The inbox's Atom feed: only the newest few dozen messages. */
    public List<AtomEntry> atom(String list) throws IOException, InterruptedException {
        // A feed holds the newest few dozen entries: tens of KB; 16 MiB is room to spare, not 64.
        HttpResponse r = transport.send(HttpRequest.get(server.resolve(list + "/new.atom")).withMaxBodyBytes(16L << 20));
        expectFound(r, "the Atom feed of " + list);
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body()));
            List<AtomEntry> out = new ArrayList<>();
            NodeList entries = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
            for (int i = 0; i < entries.getLength(); i++) {
                Element e = (Element) entries.item(i);
                String href = firstAttribute(e, "link", "href");
                String updated = firstText(e, "updated");
                if (href == null || updated == null) {
                    continue;
                }
                LoreLink link = LoreLink.parse(r.uri().resolve(href).toString());
                out.add(new AtomEntry(link.messageId(), Instant.parse(updated.trim()),
                        firstText(e, "title") == null ? "" : firstText(e, "title")));
            }
            return out;
        } catch (ParserConfigurationException | org.xml.sax.SAXException | RuntimeException e) {
            throw new IOException("the Atom feed of " + list + " at " + r.uri() + " is not readable: " + e, e);
        }
    }

    private static String firstText(Element parent, String name) {
        NodeList l = parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name);
        return l.getLength() == 0 ? null : l.item(0).getTextContent();
    }

    private static String firstAttribute(Element parent, String name, String attribute) {
        NodeList l = parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name);
        return l.getLength() == 0 ? null : ((Element) l.item(0)).getAttribute(attribute);
    }

    private URI message(String list, String messageId) {
        return new LoreLink(server, list, messageId).messageUri();
    }

    private HttpResponse get(URI uri) throws IOException, InterruptedException {
        return transport.send(HttpRequest.get(uri));
    }

    private void expectFound(HttpResponse r, String what) throws HttpStatusException {
        if (r.isSuccess()) {
            return;
        }
        if (r.status() == 404) {
            throw new HttpStatusException("public-inbox at " + server + " has no " + what + " (HTTP 404: "
                    + r.bodySnippet() + ")", 404, r.uri());
        }
        throw new HttpStatusException(what, r);
    }

    /**
     * The most a gzip mbox from an archive may inflate to: four of the largest messages the mail
     * reader accepts ({@code MailLimits.defaults()}), far above a real thread or search page.
     */
    static final int MAX_INFLATED_BYTES = 256 << 20;

    private static byte[] gunzip(HttpResponse r, String what) throws IOException {
        byte[] body = r.body();
        if (body.length < 2 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) {
            throw new IOException(what + " from " + r.uri() + " is not gzip (" + r.header("Content-Type")
                    + "): " + r.bodySnippet());
        }
        byte[] out;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            // A few hundred KB of gzip can inflate to gigabytes: read no more than the bound.
            out = in.readNBytes(MAX_INFLATED_BYTES + 1);
        } catch (IOException e) {
            throw new IOException(what + " from " + r.uri() + " is cut or corrupt gzip: " + e.getMessage(), e);
        }
        if (out.length > MAX_INFLATED_BYTES) {
            throw new IOException(what + " from " + r.uri() + " inflates to more than " + MAX_INFLATED_BYTES
                    + " bytes; refused");
        }
        return out;
    }

    @Override
    public String toString() {
        return "PublicInboxClient[" + server + "]";
    }
}
