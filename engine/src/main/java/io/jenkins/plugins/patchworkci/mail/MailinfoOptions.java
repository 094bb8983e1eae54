package io.jenkins.plugins.patchworkci.mail;

import org.jspecify.annotations.Nullable;


/**
 * The options of {@code git mailinfo}, with its defaults from {@link #defaults()}: re-encode to
 * UTF-8 ({@code -u}), use in-body headers, no scissors, warn on quoted CR.
 *
 * @param keepSubject {@code -k}: print the subject as it is, prefixes and all
 * @param keepNonPatchBrackets {@code -b}: strip only bracket groups containing {@code PATCH}
 * @param addMessageId {@code -m}: append {@code Message-Id: ...} to the commit message
 * @param metainfoCharset the target encoding ({@code --encoding}), or null for {@code -n}
 * @param scissors {@code --scissors}: drop everything above a scissors line
 * @param inbodyHeaders {@code From:}, {@code Subject:}, {@code Date:} at the top of the body override the header
 * @param quotedCr {@code --quoted-cr}
 */
public record MailinfoOptions(
        boolean keepSubject,
        boolean keepNonPatchBrackets,
        boolean addMessageId,
        @Nullable String metainfoCharset,
        boolean scissors,
        boolean inbodyHeaders,
        QuotedCr quotedCr) {

    public static MailinfoOptions defaults() {
        return new MailinfoOptions(false, false, false, "UTF-8", false, true, QuotedCr.WARN);
    }

    public MailinfoOptions withKeepSubject(boolean v) {
        return new MailinfoOptions(v, keepNonPatchBrackets, addMessageId, metainfoCharset, scissors, inbodyHeaders, quotedCr);
    }

    public MailinfoOptions withKeepNonPatchBrackets(boolean v) {
        return new MailinfoOptions(keepSubject, v, addMessageId, metainfoCharset, scissors, inbodyHeaders, quotedCr);
    }

    public MailinfoOptions withAddMessageId(boolean v) {
        return new MailinfoOptions(keepSubject, keepNonPatchBrackets, v, metainfoCharset, scissors, inbodyHeaders, quotedCr);
    }

    public MailinfoOptions withMetainfoCharset(@Nullable String v) {
        return new MailinfoOptions(keepSubject, keepNonPatchBrackets, addMessageId, v, scissors, inbodyHeaders, quotedCr);
    }

    public MailinfoOptions withScissors(boolean v) {
        return new MailinfoOptions(keepSubject, keepNonPatchBrackets, addMessageId, metainfoCharset, v, inbodyHeaders, quotedCr);
    }

    public MailinfoOptions withInbodyHeaders(boolean v) {
        return new MailinfoOptions(keepSubject, keepNonPatchBrackets, addMessageId, metainfoCharset, scissors, v, quotedCr);
    }

    public MailinfoOptions withQuotedCr(QuotedCr v) {
        return new MailinfoOptions(keepSubject, keepNonPatchBrackets, addMessageId, metainfoCharset, scissors, inbodyHeaders, v);
    }
}
