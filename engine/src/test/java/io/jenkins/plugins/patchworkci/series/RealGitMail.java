package io.jenkins.plugins.patchworkci.series;

import io.jenkins.plugins.patchworkci.mail.Address;
import io.jenkins.plugins.patchworkci.mail.MailInfo;
import io.jenkins.plugins.patchworkci.mail.Message;
import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.mail.SubjectPrefix;
import io.jenkins.plugins.patchworkci.mail.Trailer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test-only stand-in for the mail package: turns raw mails into {@link Message}s with the REAL
 * {@code git mailinfo}, and into {@link Patch}es with {@code git patch-id --stable} and
 * {@code git interpret-trailers --parse}. Only the subject prefix is parsed here, simply; the
 * integrator swaps in the mail package's parsers through {@link MessageParsers}.
 */
final class RealGitMail implements MessageParsers {

    private static final Pattern DIFF = Pattern.compile("(?m)^(---.*\\n\\+\\+\\+|GIT binary patch|diff --git \\w/\\S+ \\w/\\S+)");
    private final Path work;

    RealGitMail(Path work) {
        this.work = work;
    }

    List<Message> read(List<Mail> mails) {
        List<Message> out = new ArrayList<>();
        for (Mail m : mails) {
            out.add(read(m));
        }
        return out;
    }

    Message read(Mail mail) {
        try {
            Path msg = Files.createTempFile(work, "msg", "");
            Path patch = Files.createTempFile(work, "patch", "");
            String info = DeveloperRepo.git(work, mail.bytes(), "mailinfo", msg.toString(), patch.toString());
            MailInfo mi = new MailInfo(field(info, "Author"), field(info, "Email"), field(info, "Subject"),
                    field(info, "Date"), Files.readString(msg), Files.readAllBytes(patch));
            Files.delete(msg);
            Files.delete(patch);
            String irt = mail.header("In-Reply-To");
            return new Message(mail.messageId(), Optional.ofNullable(irt).flatMap(RealGitMail::firstId), ids(mail.header("References")),
                    address(mail.header("From")), mail.subject(), mi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String field(String info, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + ": ?(.*)$").matcher(info);
        return m.find() ? m.group(1) : "";
    }

    private static Optional<String> firstId(String header) {
        List<String> ids = ids(header);
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
    }

    static List<String> ids(String header) {
        List<String> out = new ArrayList<>();
        if (header == null) {
            return out;
        }
        Matcher m = Pattern.compile("<([^<>\\s]+)>").matcher(header);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static Address address(String header) {
        Matcher m = Pattern.compile("^\\s*\"?(.*?)\"?\\s*<([^>]+)>\\s*$").matcher(header == null ? "" : header);
        if (m.matches()) {
            return new Address(m.group(1), m.group(2));
        }
        return new Address("", header == null ? "" : header.trim());
    }

    @Override
    public SubjectPrefix subjectPrefix(String subject) {
        String s = subject.replaceFirst("(?i)^\\s*((re|fwd?|aw)\\s*:\\s*)+", "").trim();
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("^\\[([^\\]]*)\\]\\s*").matcher(s);
        while (m.find()) {
            for (String w : m.group(1).trim().split("[\\s,]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            s = s.substring(m.end());
            m = Pattern.compile("^\\[([^\\]]*)\\]\\s*").matcher(s);
        }
        int version = 1;
        int index = 1;
        int total = 1;
        boolean rfc = false;
        boolean resend = false;
        boolean pull = false;
        Optional<String> tree = Optional.empty();
        for (String w : words) {
            if (w.matches("\\d+/\\d+")) {
                index = Integer.parseInt(w.split("/")[0]);
                total = Integer.parseInt(w.split("/")[1]);
            } else if (w.matches("(?i)v\\d+")) {
                version = Integer.parseInt(w.substring(1));
            } else if (w.equalsIgnoreCase("RFC")) {
                rfc = true;
            } else if (w.equalsIgnoreCase("RESEND")) {
                resend = true;
            } else if (w.equalsIgnoreCase("PULL")) {
                pull = true;
            } else if (!w.equalsIgnoreCase("PATCH") && !w.equalsIgnoreCase("GIT") && tree.isEmpty()) {
                tree = Optional.of(w);
            }
        }
        return new SubjectPrefix(words, tree, version, index, total, rfc, resend, pull);
    }

    @Override
    public Optional<Patch> patch(Message message) {
        byte[] diff = message.info().patch();
        if (!DIFF.matcher(new String(diff, StandardCharsets.UTF_8)).find()) {
            return Optional.empty();
        }
        String id = DeveloperRepo.git(work, diff, "patch-id", "--stable").trim();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        String parsed = DeveloperRepo.git(work, message.info().message().getBytes(StandardCharsets.UTF_8),
                "interpret-trailers", "--parse");
        List<Trailer> trailers = new ArrayList<>();
        for (String line : parsed.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                trailers.add(new Trailer(line.substring(0, colon), line.substring(colon + 1).trim()));
            }
        }
        String after = new String(diff, StandardCharsets.UTF_8);
        return Optional.of(new Patch(message, subjectPrefix(message.subject()), trailers, id.split("\\s+")[0],
                all("base-commit", after).stream().findFirst(), all("prerequisite-patch-id", after),
                all("prerequisite-message-id", after).stream().map(v -> v.replaceAll("^<|>$", "")).toList()));
    }

    /** The paths {@code git apply --numstat -z} names: old and new of a rename or copy, in diff order. */
    @Override
    public List<String> touchedPaths(Patch patch) {
        String out = DeveloperRepo.git(work, patch.info().patch(), "apply", "--numstat", "-z");
        // Each file: "added\tdeleted\tpath\0", or for a rename or copy "added\tdeleted\t\0old\0new\0".
        java.util.LinkedHashSet<String> paths = new java.util.LinkedHashSet<>();
        for (String field : out.split("\0")) {
            String path = field.contains("\t") ? field.substring(field.lastIndexOf('\t') + 1) : field;
            if (!path.isEmpty()) {
                paths.add(path);
            }
        }
        return List.copyOf(paths);
    }

    private static List<String> all(String key, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^" + key + ": (\\S+)").matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
