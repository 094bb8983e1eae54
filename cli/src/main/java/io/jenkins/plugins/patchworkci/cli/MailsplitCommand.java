package io.jenkins.plugins.patchworkci.cli;

import io.jenkins.plugins.patchworkci.mail.MailException;
import io.jenkins.plugins.patchworkci.mail.MailLimits;
import io.jenkins.plugins.patchworkci.mail.MaildirReader;
import io.jenkins.plugins.patchworkci.mail.Mailbox;
import io.jenkins.plugins.patchworkci.mail.MailParser;
import io.jenkins.plugins.patchworkci.mail.MailinfoOptions;
import io.jenkins.plugins.patchworkci.mail.RawMessage;
import io.jenkins.plugins.patchworkci.mail.SplitOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code pwci mailsplit}: the interface and output of {@code git mailsplit}: splits mboxes
 * (and maildirs) into numbered files in a directory and prints how many it wrote. Arguments as
 * git reads them ({@code -o<dir>}, {@code -d<prec>}, {@code -f<n>} attached). Beyond git, a
 * gzip-compressed mbox is read as well.
 */
@Command(name = "mailsplit",
        customSynopsis = "pwci mailsplit [-d<prec>] [-f<n>] [-b] [--keep-cr] [--mboxrd] -o<directory> [(<mbox>|<Maildir>)...]",
        description = {"Split mbox files or maildirs into one file per message, as git mailsplit does.", "",
            "  -o<directory>  write the messages there (0001, 0002, ...)",
            "  -d<prec>       digits in the file names, 3 to 9 (default 4)",
            "  -f<n>          start numbering after <n>",
            "  -b             a file that does not start with a From line is one message",
            "  --keep-cr      keep the CR of CRLF line ends",
            "  --mboxrd       unquote >From lines the mboxrd way"})
public final class MailsplitCommand implements Callable<Integer> {

    private static final String USAGE =
            "usage: git mailsplit [-d<prec>] [-f<n>] [-b] [--keep-cr] -o<directory> [(<mbox>|<Maildir>)...]";

    @Unmatched
    List<String> args = new ArrayList<>();

    InputStream in = System.in;
    PrintStream out = System.out;
    PrintStream err = System.err;

    private Path dir;

    @Override
    public Integer call() throws IOException {
        int precision = 4;
        int nr = 0;
        boolean allowBare = false;
        boolean keepCr = false;
        boolean mboxrd = false;
        int argp = 0;
        for (; argp < args.size(); argp++) {
            String arg = args.get(argp);
            if (!arg.startsWith("-")) {
                break;
            }
            char opt = arg.length() > 1 ? arg.charAt(1) : 0;
            if (opt == 'd') {
                precision = (int) strtol(arg.substring(2));
                if (precision < 3 || 10 <= precision) {
                    err.println(USAGE);
                    return 129;
                }
            } else if (opt == 'f') {
                nr = (int) strtol(arg.substring(2));
            } else if (opt == 'h') {
                err.println(USAGE);
                return 129;
            } else if (arg.equals("-b")) {
                allowBare = true;
            } else if (arg.equals("--keep-cr")) {
                keepCr = true;
            } else if (opt == 'o' && arg.length() > 2) {
                dir = Path.of(arg.substring(2));
            } else if (arg.equals("--mboxrd")) {
                mboxrd = true;
            } else if (arg.equals("--")) {
                argp++;
                break;
            } else {
                err.println("fatal: unknown option: " + arg);
                return 128;
            }
        }
        List<String> inputs = new ArrayList<>(args.subList(argp, args.size()));
        if (dir == null) {
            // git's old usage: "<mbox> <dir>" or "<dir>" (stdin)
            if (inputs.size() == 1) {
                dir = Path.of(inputs.get(0));
                inputs = List.of("-");
            } else if (inputs.size() == 2) {
                dir = Path.of(inputs.get(1));
                inputs = List.of(inputs.get(0));
            } else {
                err.println(USAGE);
                return 129;
            }
        } else if (inputs.isEmpty()) {
            inputs = List.of("-");
        }
        MailParser parser = new MailParser(MailLimits.unlimited(), MailinfoOptions.defaults(),
                new SplitOptions(keepCr, mboxrd, allowBare));
        int written = 0;
        for (String arg : inputs) {
            int before = nr;
            try {
                if (arg.equals("-")) {
                    nr = splitStream(in, "stdin", true, parser, nr, precision);
                } else if (Files.isDirectory(Path.of(arg))) {
                    nr = splitMaildir(Path.of(arg), parser, nr, precision);
                } else if (!Files.exists(Path.of(arg))) {
                    err.println("error: cannot stat " + arg + ": No such file or directory");
                    return 1;
                } else {
                    try (InputStream f = Files.newInputStream(Path.of(arg))) {
                        nr = splitStream(f, arg, false, parser, nr, precision);
                    }
                }
            } catch (MailException e) {
                err.println(e.getMessage().startsWith("corrupt mailbox") ? "corrupt mailbox" : "error: " + e.getMessage());
                return 1;
            }
            if (nr < 0) {
                err.println("error: cannot split patches from " + (arg.equals("-") ? "stdin" : arg));
                return 1;
            }
            written += nr - before;
        }
        out.println(written);
        out.flush();
        return 0;
    }

    /** C strtol: leading blanks, sign, digits; 0 when there are none. */
    private static long strtol(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[ \\t\\n\\r\\f\\v]*([+-]?\\d{1,9})").matcher(s);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private int splitStream(InputStream raw, String name, boolean stdin, MailParser parser, int nr, int precision)
            throws IOException, MailException {
        int start = nr;
        try (Mailbox box = Mailbox.read(raw, name, parser)) {
            for (RawMessage m = box.nextRaw(); m != null; m = box.nextRaw()) {
                write(++nr, m.bytes(), precision);
            }
        }
        if (nr == start && !stdin) {
            // git: a file of nothing but whitespace is an error, empty stdin is fine
            err.println("error: empty mbox: '" + name + "'");
            return -1;
        }
        return nr;
    }

    private int splitMaildir(Path maildir, MailParser parser, int nr, int precision) throws IOException, MailException {
        List<String> files = MaildirReader.list(maildir);
        try (Mailbox box = Mailbox.open(maildir, parser)) {
            for (String file : files) {
                RawMessage m = box.nextRaw();
                if (m == null || m.problem() != null) {
                    err.println("error: cannot read mail " + maildir.resolve(file));
                    return -1;
                }
                write(++nr, m.bytes(), precision);
            }
        }
        return nr;
    }

    private void write(int n, byte[] bytes, int precision) throws IOException {
        Files.write(dir.resolve(String.format("%0" + precision + "d", n)), bytes,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
}
