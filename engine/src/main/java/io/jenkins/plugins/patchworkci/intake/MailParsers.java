package io.jenkins.plugins.patchworkci.intake;

import io.jenkins.plugins.patchworkci.apply.DiffFiles;
import io.jenkins.plugins.patchworkci.mail.MailException;
import io.jenkins.plugins.patchworkci.mail.Message;
import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.mail.SubjectPrefix;
import io.jenkins.plugins.patchworkci.series.MessageParsers;
import java.util.List;
import java.util.Optional;

/** The series assembler's seam, filled with the mail package's git-mailinfo-exact parsers. */
final class MailParsers implements MessageParsers {

    static final MailParsers INSTANCE = new MailParsers();

    @Override
    public SubjectPrefix subjectPrefix(String subject) {
        return SubjectPrefix.parse(subject);
    }

    @Override
    public Optional<Patch> patch(Message message) {
        if (!Patch.carriesDiff(message)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Patch.of(message));
        } catch (MailException e) {
            // A diff the patch parser rejects is not a patch git am would apply; assembly keeps the message.
            return Optional.empty();
        }
    }

    @Override
    public List<String> touchedPaths(Patch patch) {
        return DiffFiles.touchedPaths(patch.info().patch());
    }
}
