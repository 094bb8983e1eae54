package io.jenkins.plugins.patchworkci.scan;

import io.jenkins.plugins.patchworkci.patchwork.EventCategory;
import io.jenkins.plugins.patchworkci.patchwork.PatchRef;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkEvent;
import io.jenkins.plugins.patchworkci.patchwork.SeriesRef;
import io.jenkins.plugins.patchworkci.patchwork.UserRef;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the Patchwork events that matter to heads:
 * <ul>
 *   <li>{@code series-completed}: a version has all its patches. v1 creates a head, a later version
 *       updates its lineage's head (or creates one, if routed to another tree: the re-plan decides).</li>
 *   <li>{@code patch-state-changed}: into a final state may close the head (removed when every patch
 *       of its newest version is final); out of one may re-open it (created); otherwise updated.</li>
 *   <li>{@code check-created}: another CI reported; the head's metadata changes, its revision does not.
 *       Checks by the users given as {@code ownUsers} (this CI's own Patchwork account) are ignored, so
 *       reporting a result never triggers a rescan.</li>
 * </ul>
 * Every other category, and events without the series or patch they should carry, map to nothing.
 */
public final class EventMapper {

    private final FinalStates finalStates;
    private final Set<String> ownUsers;

    /**
     * @param finalStates the states that close a head
     * @param ownUsers Patchwork user names (or e-mails) whose checks are this CI's own
     */
    public EventMapper(FinalStates finalStates, Set<String> ownUsers) {
        this.finalStates = Objects.requireNonNull(finalStates, "finalStates");
        this.ownUsers = ownUsers.stream().map(u -> u.strip().toLowerCase(Locale.ROOT)).collect(
                java.util.stream.Collectors.toUnmodifiableSet());
    }

    public Optional<HeadChange> map(PatchworkEvent e) {
        Instant date = e.date() == null ? Instant.EPOCH : e.date();
        if (e.is(EventCategory.SERIES_COMPLETED)) {
            SeriesRef s = e.payload().series();
            if (s == null) {
                return Optional.empty();
            }
            HeadChange.Type type = s.version() <= 1 ? HeadChange.Type.CREATED : HeadChange.Type.UPDATED;
            return Optional.of(new HeadChange(type, e.id(), date, s.id(), null,
                    "series " + s.id() + " v" + Math.max(1, s.version()) + " '" + s.name() + "' is complete"));
        }
        if (e.is(EventCategory.PATCH_STATE_CHANGED)) {
            PatchRef p = e.payload().patch();
            if (p == null) {
                return Optional.empty();
            }
            String from = e.payload().previousState();
            String to = e.payload().currentState();
            HeadChange.Type type = finalStates.isFinal(to) ? HeadChange.Type.REMOVED
                    : finalStates.isFinal(from) ? HeadChange.Type.CREATED : HeadChange.Type.UPDATED;
            return Optional.of(new HeadChange(type, e.id(), date, null, p.id(),
                    "patch " + p.id() + " '" + p.name() + "' went from " + from + " to " + to));
        }
        if (e.is(EventCategory.CHECK_CREATED)) {
            PatchRef p = e.payload().patch();
            if (p == null || own(e.actor())) {
                return Optional.empty();
            }
            String context = e.payload().check() == null ? "?" : e.payload().check().context();
            return Optional.of(new HeadChange(HeadChange.Type.UPDATED, e.id(), date, null, p.id(),
                    "check '" + context + "' on patch " + p.id() + " by " + (e.actor() == null ? "?" : e.actor().username())));
        }
        return Optional.empty();
    }

    private boolean own(UserRef actor) {
        return actor != null && (ownUsers.contains(String.valueOf(actor.username()).toLowerCase(Locale.ROOT))
                || ownUsers.contains(String.valueOf(actor.email()).toLowerCase(Locale.ROOT)));
    }
}
