package io.jenkins.plugins.patchworkci.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The series versions already mailed, kept in a JSON file (series version to when), so a version
 * is mailed once: not again on a re-run, not again after a restart.
 */
public final class MailLedger {

    private static final ObjectMapper JSON = RunJson.mapper();

    private final Path file;
    private final Map<String, Instant> mailed;

    private MailLedger(Path file, Map<String, Instant> mailed) {
        this.file = file;
        this.mailed = mailed;
    }

    public static MailLedger open(Path file) throws IOException {
        Map<String, Instant> mailed = new TreeMap<>();
        if (Files.exists(file)) {
            try {
                mailed.putAll(JSON.readValue(Files.readString(file, StandardCharsets.UTF_8),
                        new TypeReference<Map<String, Instant>>() {}));
            } catch (IOException e) {
                throw new IOException("mail ledger " + file + " is unreadable (" + e.getMessage()
                        + "); move it aside to start a new one", e);
            }
        }
        return new MailLedger(file, mailed);
    }

    /** The key of a series version. */
    static String key(ReportedSeries series) {
        return series.id() + "#v" + series.version();
    }

    public synchronized boolean mailed(ReportedSeries series) {
        return mailed.containsKey(key(series));
    }

    public synchronized void record(ReportedSeries series, Instant at) throws IOException {
        mailed.put(key(series), at);
        AtomicFile.write(file, JSON.writeValueAsBytes(mailed));
    }
}
