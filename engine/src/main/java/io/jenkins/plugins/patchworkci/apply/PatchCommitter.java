package io.jenkins.plugins.patchworkci.apply;

import io.jenkins.plugins.patchworkci.mail.MailInfo;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;

/** Writes the commit {@code git am} would write for one patch whose tree is known. */
final class PatchCommitter {

    private final ObjectInserter inserter;
    private final CommitSettings settings;

    PatchCommitter(ObjectInserter inserter, CommitSettings settings) {
        this.inserter = inserter;
        this.settings = settings;
    }

    ObjectId commit(PatchToApply patch, ObjectId parent, ObjectId tree) throws PatchRejected, IOException {
        MailInfo info = patch.info();
        CommitBuilder c = new CommitBuilder();
        c.setTreeId(tree);
        c.setParentId(parent);
        c.setAuthor(author(info));
        c.setCommitter(settings.committer());
        c.setMessage(message(patch, settings));
        return inserter.insert(c);
    }

    PersonIdent author(MailInfo info) throws PatchRejected {
        ZonedDateTime when;
        if (info.date().isBlank()) {
            when = ZonedDateTime.now(settings.clock());
        } else {
            Optional<ZonedDateTime> d = GitDate.parse(info.date());
            if (d.isEmpty()) {
                throw new PatchRejected("invalid date format: " + info.date(), (String) null);
            }
            when = d.get();
        }
        String name = GitIdent.clean(info.author());
        String email = GitIdent.clean(info.email());
        if (name.isEmpty()) {
            throw new PatchRejected("empty ident name (for <" + email + ">) not allowed", (String) null);
        }
        return new PersonIdent(name, email, when.toInstant(), when.getZone());
    }

    /** The commit message: subject and body, then the Link: and Signed-off-by: trailers asked for. */
    static String message(PatchToApply patch, CommitSettings settings) {
        String msg = CommitMessage.compose(patch.info().subject(), patch.info().message());
        if (settings.linkPattern() != null && patch.messageId() != null) {
            String link = "Link: " + String.format(settings.linkPattern(), patch.messageId());
            List<String> block = CommitMessage.trailerBlock(msg);
            if (block == null || !block.contains(link)) {
                msg = CommitMessage.appendTrailer(msg, link);
            }
        }
        if (settings.signOff()) {
            PersonIdent c = settings.committer();
            msg = CommitMessage.appendTrailer(msg, "Signed-off-by: " + c.getName() + " <" + c.getEmailAddress() + ">");
        }
        return msg;
    }
}
