package io.jenkins.plugins.patchworkci.job;

import io.jenkins.plugins.patchworkci.apply.PatchToApply;
import io.jenkins.plugins.patchworkci.mail.Fixes;
import io.jenkins.plugins.patchworkci.mail.Message;
import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.route.PostedSeries;
import io.jenkins.plugins.patchworkci.route.RoutingInput;
import io.jenkins.plugins.patchworkci.series.Series;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the other packages need to know about a series, taken from it in one place: the routing
 * input (prefix words, touched paths, Fixes: commits, base-commit), the companion-finding view,
 * and the patches to apply in order.
 */
public final class SeriesFacts {

    private SeriesFacts() {}

    public static RoutingInput routingInput(Series series) {
        List<String> fixes = new ArrayList<>();
        for (Patch p : series.patches()) {
            for (Fixes f : p.fixes()) {
                fixes.add(f.hash());
            }
        }
        return new RoutingInput(series.subject(), series.prefixWords(), series.touchedPaths(), fixes,
                series.metadata().baseCommit());
    }

    /**
     * The view companion finding needs: identity, subject, author, time, prefix, the text links stand
     * in, and its thread, change-ids and {@code Link:} trailers.
     */
    public static PostedSeries posted(Series series) {
        StringBuilder text = new StringBuilder();
        series.coverLetter().map(Message::info).ifPresent(i -> text.append(i.message()).append('\n'));
        for (Patch p : series.patches()) {
            p.trailers().forEach(t -> text.append(t).append('\n'));
        }
        if (series.coverLetter().isEmpty() && !series.patches().isEmpty()) {
            text.append(series.patches().get(0).info().message());
        }
        List<Message> messages = new ArrayList<>();
        series.coverLetter().ifPresent(messages::add);
        series.patches().forEach(p -> messages.add(p.message()));
        Set<String> ids = new LinkedHashSet<>();
        Set<String> thread = new LinkedHashSet<>();
        for (Message m : messages) {
            ids.add(m.messageId());
            m.inReplyTo().ifPresent(thread::add);
            thread.addAll(m.references());
        }
        thread.removeAll(ids);
        Set<String> changeIds = new LinkedHashSet<>();
        series.metadata().changeId().ifPresent(changeIds::add);
        Set<String> links = new LinkedHashSet<>();
        for (Patch p : series.patches()) {
            p.trailers("Change-Id").forEach(t -> changeIds.add(t.value()));
            p.trailers("Link").forEach(t -> links.add(t.value()));
        }
        return new PostedSeries(series.id().messageId(), series.subject(), series.author().email(), series.date(),
                series.prefixWords(), text.toString(), ids, thread, changeIds, links);
    }

    /** The patches in order, as the applier takes them. */
    public static List<PatchToApply> patchesToApply(Series series) {
        return series.patches().stream()
                .map(PatchToApply::of)
                .toList();
    }
}
