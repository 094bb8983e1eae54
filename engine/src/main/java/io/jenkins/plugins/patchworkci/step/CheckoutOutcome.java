package io.jenkins.plugins.patchworkci.step;

import io.jenkins.plugins.patchworkci.scan.HeadVersion;
import io.jenkins.plugins.patchworkci.scan.ScannedCompanion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A checkout's request and what the work tree made of it, as a pipeline is told: the result map (the
 * {@link CheckoutResult} fields, the directories, the companions with their Patchwork records, and the
 * environment), and whether the checkout counts as failed.
 *
 * <p>The environment holds names, numbers, hex ids and booleans only: variable names come from the
 * configured tree names (never from mail), and no summary or subject is put in it.
 *
 * @param request what was asked
 * @param result the checkout, with one companion result per companion of the request, in its order
 */
public record CheckoutOutcome(CheckoutRequest request, CheckoutResult result) {

    public CheckoutOutcome {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(result, "result");
        if (result.companions().size() != request.companions().size()) {
            throw new IllegalArgumentException(result.companions().size() + " companion results for "
                    + request.companions().size() + " companions");
        }
    }

    /**
     * Why the step fails, or empty: the series did not apply and {@code failIfNotApplied}, or a companion
     * did not and {@code failIfCompanionNotApplied}.
     */
    public Optional<String> failure(boolean failIfNotApplied, boolean failIfCompanionNotApplied) {
        if (!result.applied() && failIfNotApplied) {
            return Optional.of("The series does not apply to " + request.target().name() + ": " + result.summary());
        }
        for (CheckoutResult c : result.companions()) {
            if (!c.applied() && failIfCompanionNotApplied) {
                return Optional.of("The companion series does not apply to " + c.tree() + ": " + c.summary());
            }
        }
        return Optional.empty();
    }

    /**
     * The pipeline's map: {@link CheckoutResult#asMap()} with {@code dir} (empty when nothing applied),
     * {@code companions} (each with its {@code dir}, {@code seriesId}, {@code version}, {@code messageId},
     * {@code subject}, {@code url} and {@code reason}) and {@code env}.
     */
    public Map<String, Object> asMap() {
        Map<String, Object> out = new LinkedHashMap<>(result.asMap());
        out.put("dir", result.applied() ? request.dir() : "");
        List<CheckoutResult> companions = result.companions();
        ArrayList<Map<String, Object>> companionMaps = new ArrayList<>();
        for (int i = 0; i < companions.size(); i++) {
            CheckoutRequest.Companion asked = request.companions().get(i);
            ScannedCompanion c = asked.companion();
            Map<String, Object> m = new LinkedHashMap<>(companions.get(i).asMap());
            m.put("dir", companions.get(i).applied() ? asked.dir() : "");
            m.put("seriesId", c.scanned().patchwork().id());
            m.put("version", Math.max(1, c.scanned().series().version()));
            m.put("messageId", c.scanned().series().id().messageId());
            m.put("subject", c.scanned().series().subject());
            m.put("url", Objects.toString(c.scanned().patchwork().webUrl(), ""));
            m.put("reason", c.reason());
            companionMaps.add(m);
        }
        out.put("companions", companionMaps);
        out.put("env", environment());
        return out;
    }

    /**
     * {@code PATCHWORK_TREE}, {@code _BRANCH}, {@code _BASE}, {@code _HEAD}, {@code _APPLIED}, {@code _DIR},
     * {@code _SERIES_ID}, {@code _SERIES_VERSION}, then {@code PATCHWORK_COMPANION_<TREE>_DIR}, {@code _TREE},
     * {@code _BASE}, {@code _HEAD}, {@code _APPLIED}, {@code _SERIES_ID} per companion and
     * {@code PATCHWORK_COMPANIONS} (their tree names, space-separated); a {@code _DIR} is empty when
     * nothing applied there.
     */
    public Map<String, String> environment() {
        HeadVersion v = request.version();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATCHWORK_TREE", result.tree());
        env.put("PATCHWORK_BRANCH", result.branch());
        env.put("PATCHWORK_BASE", result.base());
        env.put("PATCHWORK_HEAD", result.head());
        env.put("PATCHWORK_APPLIED", Boolean.toString(result.applied()));
        env.put("PATCHWORK_DIR", result.applied() ? request.dir() : "");
        env.put("PATCHWORK_SERIES_ID", Long.toString(v.scanned().patchwork().id()));
        env.put("PATCHWORK_SERIES_VERSION", Integer.toString(v.revision().version()));
        List<String> names = new ArrayList<>();
        List<CheckoutResult> companions = result.companions();
        for (int i = 0; i < companions.size(); i++) {
            CheckoutResult r = companions.get(i);
            CheckoutRequest.Companion asked = request.companions().get(i);
            String p = "PATCHWORK_COMPANION_" + key(r.tree()) + "_";
            names.add(r.tree());
            env.put(p + "TREE", r.tree());
            env.put(p + "DIR", r.applied() ? asked.dir() : "");
            env.put(p + "BASE", r.base());
            env.put(p + "HEAD", r.head());
            env.put(p + "APPLIED", Boolean.toString(r.applied()));
            env.put(p + "SERIES_ID", Long.toString(asked.companion().scanned().patchwork().id()));
        }
        env.put("PATCHWORK_COMPANIONS", String.join(" ", names));
        return env;
    }

    /** {@code iproute2-next} gives {@code IPROUTE2_NEXT}: the tree name as a variable name part. */
    static String key(String tree) {
        return tree.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
