package io.jenkins.plugins.patchworkci.report;

import io.jenkins.plugins.patchworkci.mail.Message;
import java.util.List;
import java.util.Objects;

/**
 * The part of one mail a report needs: what to show (its subject) and how to reply to it in
 * thread (its Message-ID and the References it carried).
 *
 * @param subject the decoded subject, prefixes included, exactly as posted (untrusted text)
 * @param messageId the Message-ID without angle brackets
 * @param references the References of that mail, oldest first, without angle brackets
 */
public record ReportedMessage(String subject, String messageId, List<String> references) {

    public ReportedMessage {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(messageId, "messageId");
        references = List.copyOf(references);
    }

    /** The subject without its leading bracketed prefixes ({@code [PATCH net-next v2 1/3]}), for display beside a number. */
    public String subjectWithoutPrefix() {
        String rest = subject.replaceFirst("^(\\s*\\[[^\\]]*\\])+\\s*", "");
        return rest.isBlank() ? subject : rest;
    }

    public static ReportedMessage of(Message message) {
        return new ReportedMessage(message.subject(), message.messageId(), message.references());
    }
}
