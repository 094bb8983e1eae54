package io.jenkins.plugins.patchworkci.cli;

import io.jenkins.plugins.patchworkci.mail.MailException;
import io.jenkins.plugins.patchworkci.mail.MailLimits;
import io.jenkins.plugins.patchworkci.mail.MailParser;
import io.jenkins.plugins.patchworkci.mail.MailinfoOptions;
import io.jenkins.plugins.patchworkci.mail.MailinfoResult;
import io.jenkins.plugins.patchworkci.mail.QuotedCr;
import io.jenkins.plugins.patchworkci.mail.SplitOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code pwci mailinfo}: the interface and output of {@code git mailinfo}, so anyone can compare
 * our parser with git's: reads one mail on stdin, prints Author, Email, Subject and Date on
 * stdout, writes the commit message to {@code <msg>} and the patch to {@code <patch>}; exits 1
 * where git would. Arguments are parsed the way git's parse-options does (clustered short
 * options, {@code --opt=value} or {@code --opt value}, unique abbreviations, options after the
 * files), so the same command line works with both.
 */
@Command(name = "mailinfo",
        customSynopsis = "pwci mailinfo [-k] [-b] [-u | --encoding=<encoding> | -n] [-m | --message-id]"
                + " [--[no-]scissors] [--quoted-cr=<action>] <msg> <patch> < mail > info",
        description = {"Extract the patch and authorship from a single e-mail message, as git mailinfo does.", "",
            "  -k                    keep the subject as it is",
            "  -b                    remove only bracketed strings containing PATCH from the subject",
            "  -u                    re-code metadata to UTF-8 (the default)",
            "  -n                    do not re-code metadata",
            "  --encoding <enc>      as in git 2.39, which ignores the encoding given: same as -n",
            "  -m, --message-id      copy the Message-ID to the end of the commit message",
            "  --[no-]scissors       drop the body above a scissors line",
            "  --no-inbody-headers   ignore From:, Subject:, Date: at the top of the body",
            "  --quoted-cr <action>  nowarn, warn (default) or strip quoted CRLF"})
public final class MailinfoCommand implements Callable<Integer> {

    private static final String[] LONG = {"message-id", "no-message-id", "scissors", "no-scissors", "inbody-headers",
        "no-inbody-headers", "encoding", "quoted-cr", "keep-subject-NONE"};

    @Unmatched
    List<String> args = new ArrayList<>();

    /** Where the mail comes from and the info goes; fields so that tests can replace them. */
    InputStream in = System.in;
    PrintStream out = System.out;
    PrintStream err = System.err;

    private MailinfoOptions options = MailinfoOptions.defaults();
    private final List<String> files = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        try {
            parse();
        } catch (MailException e) {
            err.println("error: " + e.getMessage());
            usage();
            return 129;
        }
        if (files.size() != 2) {
            usage();
            return 129;
        }
        Path msg = Path.of(files.get(0));
        Path patch = Path.of(files.get(1));
        byte[] mail = in.readAllBytes();
        MailinfoResult r;
        try {
            r = new MailParser(MailLimits.unlimited(), options, SplitOptions.defaults()).mailinfo(mail);
        } catch (MailException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        Files.write(msg, r.message());
        Files.write(patch, r.patch());
        if (r.quotedCrSeen()) {
            err.println("warning: quoted CRLF detected");
        }
        for (String e : r.errors()) {
            err.println("error: " + (e.equals("empty patch") ? "empty patch: '" + patch + "'" : e));
        }
        out.write(r.info());
        out.flush();
        return r.ok() ? 0 : 1;
    }

    private void usage() {
        err.println("usage: git mailinfo [<options>] <msg> <patch> < mail >info");
    }

    private void parse() throws MailException {
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (optionsEnded || a.equals("-") || !a.startsWith("-")) {
                files.add(a);
            } else if (a.equals("--")) {
                optionsEnded = true;
            } else if (a.startsWith("--")) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                name = resolve(name);
                if ((name.equals("encoding") || name.equals("quoted-cr")) && value == null) {
                    if (i + 1 >= args.size()) {
                        throw new MailException("option `" + name + "' requires a value");
                    }
                    value = args.get(++i);
                } else if (value != null && !name.equals("encoding") && !name.equals("quoted-cr")) {
                    throw new MailException("option `" + name + "' takes no value");
                }
                longOption(name, value);
            } else {
                for (int c = 1; c < a.length(); c++) {
                    shortOption(a.charAt(c));
                }
            }
        }
    }

    private static String resolve(String name) throws MailException {
        String found = null;
        for (String l : LONG) {
            if (l.equals(name)) {
                return l;
            }
            if (l.startsWith(name) && !name.isEmpty()) {
                if (found != null) {
                    throw new MailException("ambiguous option: " + name + " (could be --" + found + " or --" + l + ")");
                }
                found = l;
            }
        }
        if (found == null || found.endsWith("-NONE")) {
            throw new MailException("unknown option `" + name + "'");
        }
        return found;
    }

    private void longOption(String name, String value) throws MailException {
        switch (name) {
            case "message-id" -> options = options.withAddMessageId(true);
            case "no-message-id" -> options = options.withAddMessageId(false);
            case "scissors" -> options = options.withScissors(true);
            case "no-scissors" -> options = options.withScissors(false);
            case "inbody-headers" -> options = options.withInbodyHeaders(true);
            case "no-inbody-headers" -> options = options.withInbodyHeaders(false);
            // git 2.39 records the encoding but never uses it: metadata is then not re-coded at all
            case "encoding" -> options = options.withMetainfoCharset(null);
            case "quoted-cr" -> options = options.withQuotedCr(QuotedCr.parse(value));
            default -> throw new MailException("unknown option `" + name + "'");
        }
    }

    private void shortOption(char c) throws MailException {
        switch (c) {
            case 'k' -> options = options.withKeepSubject(true);
            case 'b' -> options = options.withKeepNonPatchBrackets(true);
            case 'm' -> options = options.withAddMessageId(true);
            case 'u' -> options = options.withMetainfoCharset("UTF-8");
            case 'n' -> options = options.withMetainfoCharset(null);
            default -> throw new MailException("unknown switch `" + c + "'");
        }
    }
}
