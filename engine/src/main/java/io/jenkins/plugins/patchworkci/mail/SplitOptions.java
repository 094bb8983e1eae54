package io.jenkins.plugins.patchworkci.mail;

/**
 * How a mailbox is split into messages, as {@code git mailsplit}'s options say.
 *
 * @param keepCr {@code --keep-cr}: keep the CR of CRLF line ends (by default they become LF)
 * @param mboxrd {@code --mboxrd}: the mailbox quotes {@code From } lines the mboxrd way, so one
 *     {@code >} is removed from every line matching {@code ^>+From }; public-inbox archives
 *     ({@code t.mbox.gz}) are mboxrd
 * @param allowBare {@code -b}: a file that does not start with a {@code From } line is one message
 */
public record SplitOptions(boolean keepCr, boolean mboxrd, boolean allowBare) {

    /** git am's choice: CRs stripped, mboxo (no unquoting), a bare file is one message. */
    public static SplitOptions defaults() {
        return new SplitOptions(false, false, true);
    }

    public SplitOptions withKeepCr(boolean v) {
        return new SplitOptions(v, mboxrd, allowBare);
    }

    public SplitOptions withMboxrd(boolean v) {
        return new SplitOptions(keepCr, v, allowBare);
    }

    public SplitOptions withAllowBare(boolean v) {
        return new SplitOptions(keepCr, mboxrd, v);
    }
}
