package io.jenkins.plugins.patchworkci.series;

import io.jenkins.plugins.patchworkci.mail.Address;
import java.util.Locale;

/**
 * Whether a person named in a trailer is the sender of the mail that carries it, as b4's
 * {@code LoreTrailer.email_eq} and {@code LoreMessage.get_trailers} decide: same address ignoring
 * case; same address once {@code +extension} local parts are dropped; same local part with one
 * domain a one-level subdomain of the other ({@code foo@linux.intel.com} / {@code foo@intel.com});
 * else the same display name ignoring case; else, for a sender name written
 * {@code "Last, First"}, every comma-separated part found in the trailer's name.
 */
final class SenderMatch {

    private SenderMatch() {}

    static boolean matches(Address named, Address sender) {
        return sameEmail(named.email(), sender.email()) || sameName(named.name(), sender.name());
    }

    static boolean sameEmail(String ours, String theirs) {
        String our = ours.toLowerCase(Locale.ROOT);
        String their = theirs.toLowerCase(Locale.ROOT);
        if (our.equals(their)) {
            return true;
        }
        if (!our.contains("@") || !their.contains("@")) {
            return false;
        }
        our = our.replaceAll("\\+[^@]+@", "@");
        their = their.replaceAll("\\+[^@]+@", "@");
        if (our.equals(their)) {
            return true;
        }
        String[] o = our.split("@", 2);
        String[] t = their.split("@", 2);
        if (!o[0].equals(t[0])) {
            return false;
        }
        int dots = Math.abs(count(o[1], '.') - count(t[1], '.'));
        return dots == 1 && (o[1].endsWith("." + t[1]) || t[1].endsWith("." + o[1]));
    }

    private static boolean sameName(String trailerName, String senderName) {
        String tn = trailerName.trim().toLowerCase(Locale.ROOT);
        String hn = senderName.trim().toLowerCase(Locale.ROOT);
        if (tn.isEmpty() || hn.isEmpty()) {
            return false;
        }
        if (tn.equals(hn)) {
            return true;
        }
        // b4 meant "Doe, John" to match "John Doe"; its loop checks the sender name against itself
        // (always true). We check the trailer's name, which is what the comment there intends.
        if (hn.indexOf(',') > 0) {
            for (String chunk : hn.split(",")) {
                if (!chunk.isBlank() && !tn.contains(chunk.trim())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }
}
