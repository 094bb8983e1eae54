package io.jenkins.plugins.patchworkci.series;

import io.jenkins.plugins.patchworkci.mail.Message;
import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.mail.SubjectPrefix;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test-only: {@link RealGitMail}'s answers recorded once per diff, so property tests can run
 * thousands of assemblies of edited copies of real messages without starting git each time. An
 * edited copy keeps the original's diff (same byte array), so its patch-id and trailers are the
 * ones git computed; its prefix is re-read from its (possibly edited) subject.
 */
final class RecordedParsers implements MessageParsers {

    private final RealGitMail git;
    private final Map<byte[], Optional<Patch>> byDiff = new IdentityHashMap<>();
    private final Map<byte[], List<String>> pathsByDiff = new IdentityHashMap<>();

    RecordedParsers(RealGitMail git, List<Message> originals) {
        this.git = git;
        for (Message m : originals) {
            Optional<Patch> p = git.patch(m);
            byDiff.put(m.info().patch(), p);
            p.ifPresent(patch -> pathsByDiff.put(m.info().patch(), git.touchedPaths(patch)));
        }
    }

    @Override
    public SubjectPrefix subjectPrefix(String subject) {
        return git.subjectPrefix(subject);
    }

    @Override
    public Optional<Patch> patch(Message message) {
        Optional<Patch> recorded = byDiff.get(message.info().patch());
        if (recorded == null) {
            throw new IllegalStateException("diff not recorded for " + message.messageId());
        }
        return recorded.map(p -> new Patch(message, subjectPrefix(message.subject()), p.trailers(), p.patchId(),
                p.baseCommit(), p.prerequisitePatchIds(), p.prerequisiteMessageIds()));
    }

    @Override
    public List<String> touchedPaths(Patch patch) {
        List<String> recorded = pathsByDiff.get(patch.info().patch());
        if (recorded == null) {
            throw new IllegalStateException("diff not recorded for " + patch.message().messageId());
        }
        return recorded;
    }
}
