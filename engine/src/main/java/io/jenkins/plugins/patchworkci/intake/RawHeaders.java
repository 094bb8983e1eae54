package io.jenkins.plugins.patchworkci.intake;

import io.jenkins.plugins.patchworkci.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The few headers of a raw message the mail model does not carry: To and Cc, for the
 * {@code cc_maintainers} check (who was copied), and the Message-ID of a message that failed to
 * parse, so its error can name it. Read leniently (a malformed list yields what can be read),
 * bounded by the header size the mail reader already enforces.
 */
final class RawHeaders {

    /** At most this many addresses are kept from one message (a million-recipient bomb stays small). */
    static final int MAX = 1000;

    private RawHeaders() {}

    private static InternetHeaders headers(byte[] raw) {
        try {
            return new InternetHeaders(new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            return new InternetHeaders();
        }
    }

    /** The Message-ID without angle brackets, when the message has one. */
    static Optional<String> messageId(byte[] raw) {
        String v = headers(raw).getHeader("Message-ID", null);
        if (v == null) {
            return Optional.empty();
        }
        String id = v.strip();
        if (id.startsWith("<") && id.indexOf('>') > 0) {
            id = id.substring(1, id.indexOf('>'));
        }
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    static List<Address> recipients(byte[] raw) {
        List<Address> out = new ArrayList<>();
        InternetHeaders headers = headers(raw);
        for (String name : List.of("To", "Cc")) {
            String[] values = headers.getHeader(name);
            if (values == null) {
                continue;
            }
            for (String v : values) {
                InternetAddress[] parsed;
                try {
                    parsed = InternetAddress.parseHeader(v.replaceAll("\\r?\\n[ \\t]+", " "), false);
                } catch (AddressException e) {
                    continue;
                }
                for (InternetAddress a : parsed) {
                    if (out.size() >= MAX) {
                        return out;
                    }
                    if (a.getAddress() != null) {
                        out.add(new Address(a.getPersonal() == null ? "" : a.getPersonal(), a.getAddress()));
                    }
                }
            }
        }
        return out;
    }
}
