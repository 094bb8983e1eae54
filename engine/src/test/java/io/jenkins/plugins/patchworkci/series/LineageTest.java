package io.jenkins.plugins.patchworkci.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * v1, v2, v3 of one series made with real git on three branches: patch 1 never changes, patch 2
 * changes in v2, patch 3 changes in v3.
 */
class LineageTest {

    @TempDir
    Path tmp;

    DeveloperRepo repo;
    RealGitMail git;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(tmp.resolve("repo"));
        repo = new DeveloperRepo(tmp.resolve("repo"));
        git = new RealGitMail(tmp);
        for (int v = 1; v <= 3; v++) {
            repo.git("checkout", "-q", "-b", "v" + v, "base");
            repo.commit("a.c", "int a;\n", "net: add a", "Adds a.\n");
            repo.commit("b.c", v >= 2 ? "long b;\n" : "int b;\n", "net: add b", "Adds b.\n");
            repo.commit("c.c", v >= 3 ? "long c;\n" : "int c;\n", "net: add c", "Adds c.\n");
        }
    }

    /** Version {@code v} as git format-patch writes it, with a cover letter text of our choosing. */
    private List<Mail> version(int v, String coverSubject, String blurb, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("--cover-letter", "--thread=shallow", "--base=base", "-v", "" + v));
        args.addAll(List.of(extra));
        args.add("base..v" + v);
        List<Mail> mails = new ArrayList<>();
        List<Mail> raw = repo.formatPatch("lv" + v + coverSubject.hashCode(), args.toArray(String[]::new));
        for (int i = 0; i < raw.size(); i++) {
            mails.add(raw.get(i).with("Date", SeriesAssemblyTest.date(v * 100 + i)));
        }
        Mail cover = mails.get(0);
        mails.set(0, cover.with("Subject", "[PATCH v" + v + " 0/3] " + coverSubject)
                .withBody(cover.body().replace("*** BLURB HERE ***", blurb)));
        return mails;
    }

    private List<Series> assemble(List<List<Mail>> versions) {
        List<Mail> all = new ArrayList<>();
        versions.forEach(all::addAll);
        return new SeriesAssembler(git).assemble(git.read(all)).series();
    }

    @Test
    void changeIdLinksVersionsWhateverTheirSubjects() throws Exception {
        List<Mail> v1 = version(1, "first try", "Hello.\n\n---\nchange-id: 20261120-adds-0123456789ab");
        List<Mail> v2 = version(2, "second try", "Hello again.\n\n---\nchange-id: 20261120-adds-0123456789ab");
        List<Mail> v3 = version(3, "third try", "Hello.\n\n---\nchange-id: 20261120-adds-0123456789ab");
        List<Series> series = assemble(List.of(v1, v2, v3));
        assertThat(series).hasSize(3).allSatisfy(s -> assertThat(s.metadata().changeId()).contains("20261120-adds-0123456789ab"));
        assertThat(series.get(0).metadata().baseCommit()).contains(repo.git("rev-parse", "base").trim());

        List<Lineage> lineages = new LineageLinker().link(series);
        assertThat(lineages).hasSize(1);
        Lineage l = lineages.get(0);
        SeriesId id1 = new SeriesId(v1.get(0).messageId());
        SeriesId id2 = new SeriesId(v2.get(0).messageId());
        SeriesId id3 = new SeriesId(v3.get(0).messageId());
        assertThat(l.versions()).extracting(Series::id).containsExactly(id1, id2, id3);
        assertThat(l.latest().id()).isEqualTo(id3);
        assertThat(l.supersedes()).containsExactly(new Lineage.Supersedes(id2, id1), new Lineage.Supersedes(id3, id2));
        assertThat(l.supersededBy(id1)).contains(id2);
        assertThat(l.supersededBy(id3)).isEmpty();
        assertThat(l.links()).extracting(VersionLink::evidence).contains(VersionLink.Evidence.CHANGE_ID);

        // patch 1 unchanged v1->v2, patches 1 and 3 unchanged v2->v3... but c changed in v3:
        assertThat(l.unchangedIn(id2)).extracting(UnchangedPatch::olderIndex, UnchangedPatch::newerIndex)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1), org.assertj.core.groups.Tuple.tuple(3, 3));
        assertThat(l.unchangedIn(id3)).extracting(UnchangedPatch::olderMessageId, UnchangedPatch::newerMessageId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(v2.get(1).messageId(), v3.get(1).messageId()),
                        org.assertj.core.groups.Tuple.tuple(v2.get(2).messageId(), v3.get(2).messageId()));
        // cross-check the patch-ids with git itself
        for (UnchangedPatch u : l.unchanged()) {
            assertThat(u.patchId()).hasSize(40);
        }
        String a1 = repo.git("show", "v1~2").replaceAll("(?s)^.*?\ndiff", "diff");
        String a3 = repo.git("show", "v3~2").replaceAll("(?s)^.*?\ndiff", "diff");
        assertThat(a1).isEqualTo(a3);

        // order of input does not matter
        List<Series> reversed = new ArrayList<>(series);
        Collections.reverse(reversed);
        assertThat(new LineageLinker().link(reversed)).isEqualTo(lineages);
    }

    @Test
    void coverLetterLinkToThePreviousVersionLinksEvenAcrossSenders() throws Exception {
        List<Mail> v1 = version(1, "adds", "Hello.");
        List<Mail> v2 = version(2, "adds, reworked", "Reworked.\n\nv1: https://lore.kernel.org/r/" + v1.get(0).messageId() + "/");
        // v3 is sent by a co-maintainer: no heuristic could link it; b4's "Link to v2" does.
        List<Mail> v3 = new ArrayList<>(version(3, "adds, third", "Again.\n\nChanges in v3:\n- Link to v2: https://patch.msgid.link/"
                + v2.get(0).messageId()));
        v3.replaceAll(m -> m.with("From", "Grace Hopper <grace@example.com>"));
        List<Lineage> lineages = new LineageLinker().link(assemble(List.of(v1, v2, v3)));
        assertThat(lineages).hasSize(1);
        assertThat(lineages.get(0).links()).filteredOn(l -> l.evidence() == VersionLink.Evidence.COVER_LINK)
                .extracting(VersionLink::newer, VersionLink::older).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(new SeriesId(v2.get(0).messageId()), new SeriesId(v1.get(0).messageId())),
                        org.assertj.core.groups.Tuple.tuple(new SeriesId(v3.get(0).messageId()), new SeriesId(v2.get(0).messageId())));
        assertThat(lineages.get(0).versions()).extracting(Series::version).containsExactly(1, 2, 3);
    }

    @Test
    void versionPostedInReplyToThePreviousIsLinked() throws Exception {
        List<Mail> v1 = version(1, "adds", "Hello.");
        List<Mail> v2 = version(2, "adds differently", "Hello.", "--in-reply-to=" + v1.get(0).messageId());
        v2.replaceAll(m -> m.with("From", "Grace Hopper <grace@example.com>"));
        List<Lineage> lineages = new LineageLinker().link(assemble(List.of(v1, v2)));
        assertThat(lineages).hasSize(1);
        assertThat(lineages.get(0).links()).extracting(VersionLink::evidence).containsExactly(VersionLink.Evidence.REPLY_TO_PREVIOUS);
    }

    @Test
    void heuristicNeedsTheSameSenderAndSubjectOrPatchIds() throws Exception {
        List<Mail> v1 = version(1, "net: adds", "Hello.");
        List<Mail> v2 = version(2, "net: adds", "Hello.");
        List<Lineage> same = new LineageLinker().link(assemble(List.of(v1, v2)));
        assertThat(same).hasSize(1);
        VersionLink link = same.get(0).links().get(0);
        assertThat(link.evidence()).isEqualTo(VersionLink.Evidence.HEURISTIC);
        assertThat(link.detail()).contains("same sender ada@example.org", "same subject 'net: adds'", "2 patch(es) with the same patch-id");

        // same subject, other sender: not linked
        List<Mail> other = new ArrayList<>(version(2, "net: adds", "Hello."));
        other.replaceAll(m -> m.with("From", "Grace Hopper <grace@example.com>"));
        assertThat(new LineageLinker().link(assemble(List.of(v1, other)))).hasSize(2);
    }

    @Test
    void aCompanionWithTheKernelSeriesSubjectIsNotAVersionOfIt() throws Exception {
        repo.git("checkout", "-q", "-b", "ip", "base");
        repo.commit("ip/link.c", "int link;\n", "ip: add link", "Adds link.\n");
        repo.commit("ip/route.c", "int route;\n", "ip: add route", "Adds route.\n");
        List<Mail> kernel = retag(version(1, "add things", "Kernel side."), "net-next", "");
        List<Mail> kernelV2 = retag(version(2, "add things", "Kernel side."), "net-next", " v2");
        List<Mail> userspace = new ArrayList<>();
        List<Mail> raw = repo.formatPatch("ip", "--cover-letter", "--thread=shallow", "--base=base",
                "--subject-prefix=PATCH iproute2-next", "base..ip");
        for (int i = 0; i < raw.size(); i++) {
            userspace.add(raw.get(i).with("Date", SeriesAssemblyTest.date(150 + i)));
        }
        userspace.set(0, userspace.get(0).with("Subject", "[PATCH iproute2-next 0/2] add things"));

        List<Lineage> lineages = new LineageLinker().link(assemble(List.of(kernel, userspace, kernelV2)));

        // kernel v1 and v2 are one lineage (same subject, same project); iproute2 is its own
        assertThat(lineages).hasSize(2);
        assertThat(lineages).anySatisfy(l -> assertThat(l.versions()).extracting(Series::version).containsExactly(1, 2));
        assertThat(lineages).anySatisfy(l -> assertThat(l.versions()).singleElement()
                .satisfies(v -> assertThat(v.prefix().treeTag()).contains("iproute2-next")));

        // the same subject moving from net to net-next is still a new version
        List<Mail> net = retag(version(1, "add things", "Kernel side."), "net", "");
        assertThat(new LineageLinker().link(assemble(List.of(net, kernelV2)))).hasSize(1);
    }

    /** The mails of {@link #version} with the tree tag put into every subject's prefix. */
    private static List<Mail> retag(List<Mail> mails, String tag, String v) {
        List<Mail> out = new ArrayList<>();
        for (Mail m : mails) {
            out.add(m.with("Subject", m.subject().replaceFirst("^\\[PATCH( v\\d+)? ", "[PATCH " + tag + v + " ")));
        }
        return out;
    }

    @Test
    void changeIdAfterTheDiffOfALonePatchLinksItsVersions() throws Exception {
        List<List<Mail>> versions = new ArrayList<>();
        for (int v = 1; v <= 2; v++) {
            List<Mail> one = repo.formatPatch("lone" + v, "-1", "-v", "" + v, "v" + v + "~1");
            Mail m = one.get(0);
            // b4 writes change-id and base-commit after the diff of a single patch, above the signature
            m = m.withBody(m.body().replace("\n-- \n", "\n\nbase-commit: " + repo.git("rev-parse", "base").trim()
                    + "\nchange-id: 20261120-lone-b-5e5e5e5e5e5e\n\n-- \n"));
            if (v == 2) {
                m = m.with("From", "Grace Hopper <grace@example.com>").with("Subject", "[PATCH v2] net: add b, differently");
            }
            versions.add(List.of(m.with("Date", SeriesAssemblyTest.date(v * 10))));
        }
        List<Series> series = assemble(versions);
        assertThat(series).hasSize(2).allSatisfy(s -> assertThat(s.metadata().changeId()).contains("20261120-lone-b-5e5e5e5e5e5e"));
        List<Lineage> lineages = new LineageLinker().link(series);
        assertThat(lineages).hasSize(1);
        assertThat(lineages.get(0).links()).extracting(VersionLink::evidence).containsExactly(VersionLink.Evidence.CHANGE_ID);
        assertThat(lineages.get(0).unchanged()).isEmpty();
    }

    @Test
    void trailersCarryOverFromAnEarlierVersionOnlyForUnchangedPatches() throws Exception {
        List<Mail> v1 = new ArrayList<>(version(1, "adds", "Hello."));
        List<Mail> v2 = version(2, "adds", "Hello again.");
        v1.add(Mail.reply(v1.get(1), "rb-a@example.net", "Bob <bob@example.net>", SeriesAssemblyTest.date(150),
                "Reviewed-by: Bob <bob@example.net>"));
        v1.add(Mail.reply(v1.get(2), "rb-b@example.net", "Bob <bob@example.net>", SeriesAssemblyTest.date(151),
                "Reviewed-by: Bob <bob@example.net>\nTested-by: Bob <bob@example.net>"));
        v1.add(Mail.reply(v1.get(0), "ack@example.com", "Carol <carol@example.com>", SeriesAssemblyTest.date(152),
                "Acked-by: Carol <carol@example.com>"));
        v2 = new ArrayList<>(v2);
        v2.add(Mail.reply(v2.get(1), "ack2@example.com", "Dave <dave@example.com>", SeriesAssemblyTest.date(250),
                "Acked-by: Dave <dave@example.com>"));
        Lineage l = new LineageLinker().link(assemble(List.of(v1, v2))).get(0);
        Series second = l.latest();
        AmReadyMessage am = new AmReadyMessage().setEarlierVersions(l.versions());
        // patch 1 is unchanged: Bob's review of v1 1/3 carries over, after v2's own, before any cover
        // trailers; v1's cover letter ack does not (b4 carries per-patch follow-ups only)
        assertThat(am.addedTrailers(second, second.patch(1).orElseThrow())).extracting(Object::toString)
                .containsExactly("Acked-by: Dave <dave@example.com>", "Reviewed-by: Bob <bob@example.net>");
        // patch 2 changed in v2: nothing carries over
        assertThat(am.addedTrailers(second, second.patch(2).orElseThrow())).isEmpty();
        // without the earlier versions, nothing is carried
        assertThat(new AmReadyMessage().addedTrailers(second, second.patch(1).orElseThrow()))
                .extracting(Object::toString).containsExactly("Acked-by: Dave <dave@example.com>");
        // an earlier version never takes trailers from a later one
        Series first = l.versions().get(0);
        assertThat(am.addedTrailers(first, first.patch(1).orElseThrow())).extracting(Object::toString)
                .containsExactly("Reviewed-by: Bob <bob@example.net>", "Acked-by: Carol <carol@example.com>");
    }

    @Test
    void rfcThenPatchOfTheSameNumberAreTwoVersions() throws Exception {
        // (cover subjects differ so that git's Message-IDs differ; the patches are the same)
        List<Mail> rfc = new ArrayList<>(version(1, "net: adds, early", "Early look."));
        rfc.replaceAll(m -> m.with("Subject", m.subject().replace("[PATCH v1", "[RFC PATCH v1")));
        List<Mail> patch = version(1, "net: adds", "Ready now.");
        List<Series> series = assemble(List.of(patch, rfc));
        assertThat(series).extracting(s -> s.prefix().rfc()).containsExactlyInAnyOrder(true, false);
        List<Lineage> lineages = new LineageLinker().link(series);
        assertThat(lineages).hasSize(1);
        Lineage l = lineages.get(0);
        assertThat(l.versions()).extracting(s -> s.prefix().rfc()).containsExactly(true, false);
        assertThat(l.supersedes()).containsExactly(new Lineage.Supersedes(
                new SeriesId(patch.get(0).messageId()), new SeriesId(rfc.get(0).messageId())));
        // two non-RFC postings of one version are not linked by the heuristic
        List<Mail> again = version(1, "net: adds, twice", "Posted twice.");
        assertThat(new LineageLinker().link(assemble(List.of(patch, again)))).hasSize(2);
    }

    @Test
    void partialRerollIsCompletedFromThePreviousVersion() throws Exception {
        List<Mail> v1 = new ArrayList<>(version(1, "adds", "Hello."));
        Mail review = Mail.reply(v1.get(3), "review-c@example.net", "Bob <bob@example.net>", SeriesAssemblyTest.date(150),
                "Please rename c.");
        v1.add(review);
        // v2 resends only 2/3 and 3/3, each in reply to its v1 counterpart (3/3 under Bob's review),
        // as git send-email --in-reply-to does for each
        List<Mail> v2all = version(2, "adds", "Hello.");
        Mail b2 = v2all.get(2).with("In-Reply-To", "<" + v1.get(2).messageId() + ">")
                .with("References", "<" + v1.get(0).messageId() + "> <" + v1.get(2).messageId() + ">");
        Mail c2 = v2all.get(3).with("In-Reply-To", "<review-c@example.net>")
                .with("References", "<" + v1.get(0).messageId() + "> <" + v1.get(3).messageId() + "> <review-c@example.net>");
        List<Series> series = assemble(List.of(v1, List.of(b2, c2)));
        assertThat(series).hasSize(2);
        Series second = series.get(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.patches()).extracting(p -> p.message().messageId()).containsExactly(b2.messageId(), c2.messageId());
        assertThat(second.missing()).containsExactly(1);

        Lineage l = new LineageLinker().link(series).get(0);
        PartialReroll reroll = l.partialReroll(second.id()).orElseThrow();
        assertThat(reroll.from()).isEqualTo(series.get(0).id());
        assertThat(reroll.reused()).containsExactly(1);
        assertThat(reroll.patches()).extracting(p -> p.message().messageId())
                .containsExactly(v1.get(1).messageId(), b2.messageId(), c2.messageId());
        // a complete version is no partial reroll
        assertThat(l.partialReroll(series.get(0).id())).isEmpty();

        // a v2 patch that answers a different number of v1 is no partial reroll
        Mail wrong = v2all.get(2).with("In-Reply-To", "<" + v1.get(3).messageId() + ">")
                .with("References", "<" + v1.get(0).messageId() + "> <" + v1.get(3).messageId() + ">");
        List<Series> other = assemble(List.of(v1, List.of(wrong)));
        assertThat(new LineageLinker().link(other).get(0).partialRerolls()).isEmpty();
    }

    @Test
    void singleSeriesIsALineageOfOne() throws Exception {
        List<Lineage> l = new LineageLinker().link(assemble(List.of(version(1, "alone", "Hi."))));
        assertThat(l).hasSize(1);
        assertThat(l.get(0).supersedes()).isEmpty();
        assertThat(l.get(0).unchanged()).isEmpty();
    }
}
