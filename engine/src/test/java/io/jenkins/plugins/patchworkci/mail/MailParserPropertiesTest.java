package io.jenkins.plugins.patchworkci.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Properties: whatever the bytes, the parser and the mailbox reader end, and the only exception
 * they throw is {@link MailException} (a mailbox turns it into an entry). Bounded in tries so
 * they take seconds.
 */
class MailParserPropertiesTest {

    private static final List<byte[]> SEEDS = seeds();

    private static List<byte[]> seeds() {
        List<byte[]> l = new ArrayList<>();
        try {
            for (String mbox : new String[] {"sample.mbox", "rfc2047-samples.mbox", "quoted-cr.mbox", "nul-b64.in"}) {
                l.addAll(T5100Data.split(mbox, SplitOptions.defaults()));
            }
        } catch (IOException | MailException e) {
            throw new IllegalStateException(e);
        }
        GitEdgeCaseDifferentialTest.edgeCases().forEach(l::add);
        return l;
    }

    private static final MailParser SMALL = MailParser.withDefaults()
            .withLimits(new MailLimits(1 << 16, 4096, 16));

    private static void parseOnlyThrowsMailException(byte[] mail) {
        for (MailParser p : new MailParser[] {MailParser.withDefaults(), SMALL}) {
            try {
                Message m = p.parse(mail);
                if (Patch.carriesDiff(m)) {
                    Patch.of(m);
                }
            } catch (MailException expected) {
                // the documented failure
            }
        }
    }

    @Property(tries = 300)
    void randomBytesOnlyEverGiveMailException(@ForAll @Size(max = 3000) byte[] bytes) {
        parseOnlyThrowsMailException(bytes);
    }

    @Provide
    Arbitrary<byte[]> mutatedRealMail() {
        return Arbitraries.integers().between(0, SEEDS.size() - 1).flatMap(i -> Arbitraries.longs().map(seed ->
                Mutations.mutate(SEEDS.get(i), new Random(seed))));
    }

    @Property(tries = 600)
    void mutatedRealMailOnlyEverGivesMailException(@ForAll("mutatedRealMail") byte[] mail) {
        parseOnlyThrowsMailException(mail);
    }

    @Property(tries = 200)
    void aMailboxOfMutantsYieldsOneEntryPerSplitMessage(@ForAll("mutatedRealMail") byte[] a, @ForAll("mutatedRealMail") byte[] b)
            throws IOException {
        byte[] mbox = new byte[a.length + b.length + 80];
        byte[] sep = "\nFrom nobody Mon Sep 17 00:00:00 2001\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(sep, 1, mbox, 0, sep.length - 1);
        System.arraycopy(a, 0, mbox, sep.length - 1, a.length);
        System.arraycopy(sep, 0, mbox, sep.length - 1 + a.length, sep.length);
        System.arraycopy(b, 0, mbox, 2 * sep.length - 1 + a.length, b.length);
        int n = 0;
        try (Mailbox m = Mailbox.read(new ByteArrayInputStream(mbox, 0, 2 * sep.length - 1 + a.length + b.length), "prop", SMALL)) {
            for (MailboxEntry e = m.next(); e != null; e = m.next()) {
                n++;
                if (e.position() != n) {
                    throw new AssertionError("position " + e.position() + " at entry " + n);
                }
            }
        }
        if (n < 2) {
            throw new AssertionError("two From lines must give at least two entries, got " + n);
        }
    }

    @Property(tries = 100)
    void patchIdAndTrailersNeverThrow(@ForAll @Size(max = 2000) byte[] bytes, @ForAll String text) {
        PatchId.stable(bytes);
        TruncatedDiffCheck.check(bytes);
        DiffFooter.of(bytes);
        TrailerParser.parse(text);
        SubjectPrefix.parse(text);
    }
}
