package io.jenkins.plugins.patchworkci.mail;

/**
 * What to do with lines ending in CRLF inside a message (git mailinfo {@code --quoted-cr}): after
 * mailsplit has stripped the CRs of the mbox, CRs that remain were quoted (base64 or QP) in the
 * mail.
 */
public enum QuotedCr {
    /** Keep them, silently. */
    NOWARN,
    /** Keep them and warn (git's default). */
    WARN,
    /** Remove the CR of every CRLF line end. */
    STRIP;

    /** Parses git's action names {@code nowarn}, {@code warn}, {@code strip}. */
    public static QuotedCr parse(String action) throws MailException {
        return switch (action) {
            case "nowarn" -> NOWARN;
            case "warn" -> WARN;
            case "strip" -> STRIP;
            default -> throw new MailException("bad action '" + action + "' for quoted CR (nowarn, warn or strip)");
        };
    }
}
