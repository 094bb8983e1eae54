package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.patchwork.PatchRef;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkPatch;
import io.jenkins.plugins.patchworkci.scan.HeadVersion;
import io.jenkins.plugins.patchworkci.scan.LineageHead;
import io.jenkins.plugins.patchworkci.series.Series;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A series version as the plain map {@code patchworkSeries} returns to a Pipeline script: strings,
 * numbers and lists of them only (CPS-serializable), every value from mail left as data.
 */
final class SeriesFactsMap {

    private SeriesFactsMap() {}

    @NonNull
    static Map<String, Object> of(@NonNull LineageHead head, @NonNull HeadVersion v) {
        Series s = v.scanned().series();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("head", head.name().toString());
        m.put("lineage", head.name().lineageHash());
        m.put("lineageMessageId", head.lineage().messageId());
        m.put("version", v.revision().version());
        m.put("revision", v.revision().toString());
        m.put("messageId", v.revision().messageId());
        m.put("seriesId", v.scanned().patchwork().id());
        m.put("url", String.valueOf(v.scanned().patchwork().webUrl()));
        m.put("subject", s.subject());
        m.put("authorName", s.author().name());
        m.put("authorEmail", s.author().email());
        m.put("target", head.name().target().orElse(PatchworkSCMHead.NO_TARGET));
        m.put("plan", v.plan().summary());
        m.put("total", s.total());
        m.put("movedFrom", head.movedFrom().map(Object::toString).orElse(""));
        m.put("movedTo", head.movedTo().map(Object::toString).orElse(""));
        List<Map<String, Object>> patches = new ArrayList<>();
        List<PatchRef> refs = v.scanned().patchwork().patches();
        for (int i = 0; i < s.patches().size(); i++) {
            Patch p = s.patches().get(i);
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("index", p.prefix().index());
            pm.put("subject", p.info().subject());
            pm.put("messageId", p.message().messageId());
            pm.put("patchId", p.patchId());
            String msgid = p.message().messageId();
            refs.stream().filter(r -> r.messageId().equals(msgid)).findFirst().ifPresent(r -> {
                pm.put("id", r.id());
                pm.put("url", String.valueOf(r.webUrl()));
                pm.put("state", v.scanned().patches().stream().filter(pp -> pp.id() == r.id())
                        .map(PatchworkPatch::state).findFirst().orElse("unknown"));
            });
            patches.add(pm);
        }
        m.put("patches", patches);
        return m;
    }
}
