package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.patchworkci.scan.CheckoutResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where {@code patchworkCheckout} puts the companion series and what it tells the pipeline about them,
 * without Jenkins types so it is tested offline. A companion goes beside the series' directory, named by
 * its tree ({@code dir: 'linux'} gives {@code iproute2-next}; {@code dir: 'src/linux'} gives
 * {@code src/iproute2-next}). Its variables are named from the configured tree name (never from mail) and
 * hold names, numbers, hex ids and booleans only.
 */
final class CompanionDirs {

    private CompanionDirs() {}

    /** The workspace-relative directory of a companion on {@code tree}, beside {@code seriesDir}. */
    @NonNull
    static String dirFor(@NonNull String seriesDir, @NonNull String tree) {
        int slash = seriesDir.lastIndexOf('/');
        return slash < 0 ? tree : seriesDir.substring(0, slash + 1) + tree;
    }

    /** {@code iproute2-next} gives {@code IPROUTE2_NEXT}: the tree name as a variable name part. */
    @NonNull
    static String key(@NonNull String tree) {
        return tree.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /**
     * The variables for the companions: {@code PATCHWORK_COMPANIONS} (their tree names, space-separated)
     * and per tree {@code PATCHWORK_COMPANION_<TREE>_DIR}, {@code _TREE}, {@code _BASE}, {@code _HEAD},
     * {@code _APPLIED}, {@code _SERIES_ID}; {@code _DIR} is empty when the companion did not apply.
     *
     * @param results the companions' checkouts, in the order of {@code seriesIds}
     * @param dirs their workspace-relative directories
     * @param seriesIds their Patchwork series ids
     */
    @NonNull
    static Map<String, String> environment(@NonNull List<CheckoutResult> results, @NonNull List<String> dirs,
            @NonNull List<Long> seriesIds) {
        Map<String, String> env = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            CheckoutResult r = results.get(i);
            String p = "PATCHWORK_COMPANION_" + key(r.tree()) + "_";
            names.add(r.tree());
            env.put(p + "TREE", r.tree());
            env.put(p + "DIR", r.applied() ? dirs.get(i) : "");
            env.put(p + "BASE", r.base());
            env.put(p + "HEAD", r.head());
            env.put(p + "APPLIED", Boolean.toString(r.applied()));
            env.put(p + "SERIES_ID", Long.toString(seriesIds.get(i)));
        }
        env.put("PATCHWORK_COMPANIONS", String.join(" ", names));
        return env;
    }
}
