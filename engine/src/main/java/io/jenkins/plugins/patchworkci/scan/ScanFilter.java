package io.jenkins.plugins.patchworkci.scan;

import io.jenkins.plugins.patchworkci.patchwork.PatchworkPatch;
import io.jenkins.plugins.patchworkci.patchwork.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Which heads a scan keeps, judged on each head's newest version. Every criterion that is set must
 * hold; an empty one holds for all.
 *
 * @param states keep a head when at least one patch is in one of these Patchwork states
 * @param delegate keep a head when at least one patch is delegated to this user (name or e-mail)
 * @param includeTags keep a head only when its subject prefix has one of these words ({@code net-next})
 * @param excludeTags drop a head whose subject prefix has one of these words
 * @param skipRfc drop a head whose subject prefix says {@code RFC}
 * @param maxAge drop a head whose newest version was posted longer ago than this; also bounds what a
 *     scan reads from Patchwork
 * @param allowSubmitters keep only these senders: an address, or {@code @domain} for a whole domain
 * @param denySubmitters drop these senders, in the same forms; a sender both allowed and denied is dropped
 */
public record ScanFilter(Set<String> states, Optional<String> delegate,
        Set<String> includeTags, Set<String> excludeTags, boolean skipRfc,
        Duration maxAge, Set<String> allowSubmitters, Set<String> denySubmitters) {

    /** Two weeks: longer than review usually takes on netdev and bpf, short enough to scan quickly. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(14);

    /** Keeps every head of the last {@link #DEFAULT_MAX_AGE}. */
    public static final ScanFilter ALL = new ScanFilter(Set.of(), Optional.empty(), Set.of(), Set.of(), false,
            DEFAULT_MAX_AGE, Set.of(), Set.of());

    public ScanFilter {
        states = words(states);
        Objects.requireNonNull(delegate, "delegate");
        delegate = delegate.map(String::strip).filter(d -> !d.isEmpty());
        includeTags = words(includeTags);
        excludeTags = words(excludeTags);
        Objects.requireNonNull(maxAge, "maxAge");
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("the maximum age must be positive: " + maxAge);
        }
        allowSubmitters = words(allowSubmitters);
        denySubmitters = words(denySubmitters);
    }

    private static Set<String> words(Collection<String> in) {
        Set<String> out = new TreeSet<>();
        for (String s : in) {
            String w = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return Set.copyOf(out);
    }

    public ScanFilter withStates(Collection<String> v) {
        return new ScanFilter(Set.copyOf(v), delegate, includeTags, excludeTags, skipRfc, maxAge, allowSubmitters, denySubmitters);
    }

    public ScanFilter withDelegate(@Nullable String v) {
        return new ScanFilter(states, Optional.ofNullable(v), includeTags, excludeTags, skipRfc, maxAge, allowSubmitters, denySubmitters);
    }

    public ScanFilter withIncludeTags(Collection<String> v) {
        return new ScanFilter(states, delegate, Set.copyOf(v), excludeTags, skipRfc, maxAge, allowSubmitters, denySubmitters);
    }

    public ScanFilter withExcludeTags(Collection<String> v) {
        return new ScanFilter(states, delegate, includeTags, Set.copyOf(v), skipRfc, maxAge, allowSubmitters, denySubmitters);
    }

    public ScanFilter withSkipRfc(boolean v) {
        return new ScanFilter(states, delegate, includeTags, excludeTags, v, maxAge, allowSubmitters, denySubmitters);
    }

    public ScanFilter withMaxAge(Duration v) {
        return new ScanFilter(states, delegate, includeTags, excludeTags, skipRfc, v, allowSubmitters, denySubmitters);
    }

    public ScanFilter withAllowSubmitters(Collection<String> v) {
        return new ScanFilter(states, delegate, includeTags, excludeTags, skipRfc, maxAge, Set.copyOf(v), denySubmitters);
    }

    public ScanFilter withDenySubmitters(Collection<String> v) {
        return new ScanFilter(states, delegate, includeTags, excludeTags, skipRfc, maxAge, allowSubmitters, Set.copyOf(v));
    }

    /** Why this version's head is left out, or empty when it is kept. */
    public Optional<String> rejects(ScannedSeries newest, Instant now) {
        List<String> prefix = newest.series().prefixWords().stream()
                .map(w -> w.toLowerCase(Locale.ROOT)).toList();
        String sender = newest.series().author().email().toLowerCase(Locale.ROOT);
        Instant posted = newest.patchwork().date() != null ? newest.patchwork().date() : newest.series().date();
        if (posted.isBefore(now.minus(maxAge))) {
            return Optional.of("posted " + posted + ", more than " + maxAge.toDays() + " days ago");
        }
        if (skipRfc && prefix.contains("rfc")) {
            return Optional.of("an RFC");
        }
        Optional<String> excluded = prefix.stream().filter(excludeTags::contains).findFirst();
        if (excluded.isPresent()) {
            return Optional.of("tag [" + excluded.get() + "] is excluded");
        }
        if (!includeTags.isEmpty() && prefix.stream().noneMatch(includeTags::contains)) {
            return Optional.of("no tag of " + includeTags + " in " + prefix);
        }
        if (matches(denySubmitters, sender)) {
            return Optional.of("sender " + sender + " is denied");
        }
        if (!allowSubmitters.isEmpty() && !matches(allowSubmitters, sender)) {
            return Optional.of("sender " + sender + " is not allowed");
        }
        if (!states.isEmpty() && newest.patchStates().stream().noneMatch(s -> states.contains(s.toLowerCase(Locale.ROOT)))) {
            return Optional.of("no patch in state " + states + " (" + newest.patchStates() + ")");
        }
        if (delegate.isPresent() && newest.patches().stream().noneMatch(p -> delegatedTo(p, delegate.get()))) {
            return Optional.of("no patch delegated to " + delegate.get());
        }
        return Optional.empty();
    }

    private static boolean matches(Set<String> patterns, String email) {
        for (String p : patterns) {
            if (p.startsWith("@") ? email.endsWith(p) : email.equals(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean delegatedTo(PatchworkPatch p, String who) {
        UserRef d = p.delegate();
        return d != null && (who.equalsIgnoreCase(String.valueOf(d.username())) || who.equalsIgnoreCase(String.valueOf(d.email())));
    }
}
