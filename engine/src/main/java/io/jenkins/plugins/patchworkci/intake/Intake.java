package io.jenkins.plugins.patchworkci.intake;

import io.jenkins.plugins.patchworkci.mail.Address;
import io.jenkins.plugins.patchworkci.mail.Message;
import io.jenkins.plugins.patchworkci.series.Series;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The mail of one poll: every message read, one record per Message-ID with what the mail model
 * does not carry (who it was sent to, its raw bytes, where it came from), and the series they
 * assemble into. A later delivery of a Message-ID (mail held from an earlier poll, then delivered
 * again) replaces the earlier one. Filled by one thread, then only read (by the runs it starts).
 */
public final class Intake {

    /**
     * One message as received.
     *
     * @param message the parsed message
     * @param recipients its To and Cc addresses (for the {@code cc_maintainers} check)
     * @param raw its bytes as received, to hold an incomplete series or keep a broken run's mail
     * @param origin the source it came from, with its Patchwork ids and archive
     */
    public record Received(Message message, List<Address> recipients, byte[] raw, SeriesOrigin origin) {
        public Received {
            Objects.requireNonNull(message, "message");
            recipients = List.copyOf(recipients);
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /** By Message-ID, in the order first read (a later delivery keeps the place, as in a mailbox). */
    private final Map<String, Received> byId = new LinkedHashMap<>();

    /** Adds the messages of one read, all from one origin; its errors are the caller's to report. */
    public void add(SeriesReader.Read read, SeriesOrigin origin) {
        for (Message m : read.messages()) {
            byId.put(m.messageId(), new Received(m, read.recipients(m.messageId()), read.raw().get(m.messageId()), origin));
        }
    }

    /** The series the messages assemble into (complete or not), oldest first. */
    public List<Series> series() {
        return SeriesReader.assemble(byId.values().stream().map(Received::message).toList()).series();
    }

    /** Who a message was sent to and copied, empty when unknown. */
    public List<Address> recipients(String messageId) {
        Received r = byId.get(messageId);
        return r == null ? List.of() : r.recipients();
    }

    /** A message's bytes as received, when it was read here. */
    public Optional<byte[]> raw(String messageId) {
        return Optional.ofNullable(byId.get(messageId)).map(Received::raw);
    }

    /** Where a series came from: the origin of its first patch, else an unknown mailbox. */
    public SeriesOrigin origin(Series series) {
        Received first = series.patches().isEmpty() ? null : byId.get(series.patches().get(0).message().messageId());
        return first == null ? SeriesOrigin.mail("unknown") : first.origin();
    }
}
