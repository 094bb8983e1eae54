package io.jenkins.plugins.patchworkci.mail;

/**
 * Makes a {@link Patch} of a {@link Message} that carries a diff: subject prefix, trailers of
 * the commit message, stable patch-id, and the footer lines after the diff.
 */
final class PatchParser {

    private PatchParser() {}

    static Patch parse(Message message) throws MailException {
        MailInfo info = message.info();
        String patchId = PatchId.stable(info.patch())
                .orElseThrow(() -> new MailException("<" + message.messageId() + "> carries no diff"));
        DiffFooter footer = DiffFooter.of(info.patch());
        return new Patch(message, SubjectPrefixParser.parse(message.subject()),
                TrailerParser.parse(info.subject(), info.message()), patchId, footer.baseCommit(),
                footer.prerequisitePatchIds(), footer.prerequisiteMessageIds());
    }
}
