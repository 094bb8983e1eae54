package io.jenkins.plugins.patchworkci.jenkins;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.ExtensionList;
import hudson.util.Secret;
import io.jenkins.plugins.patchworkci.scan.HeadName;
import io.jenkins.plugins.patchworkci.series.SeriesId;
import io.jenkins.plugins.patchworkci.testsupport.RecordedPatchwork;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import jenkins.branch.BranchSource;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * What the multibranch JenkinsRule tests share: the recorded Patchwork configured as a server with a token
 * credential, a target tree ({@code net-next}, a local git repository holding the file series 6 changes),
 * a pipeline repository with a given Jenkinsfile, and a Multibranch Pipeline project with the Patchwork
 * source.
 */
final class SeriesProjectFixture {

    static final String SERVER = "recorded";
    static final String PROJECT = "netdevbpf";
    static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";
    static final String TOKEN_ID = "patchwork-token";
    /** net/core/dev.c as series 6's first patch expects it (its diff's context and removed line). */
    static final String DEV_C = "int a(void)\n{\n\treturn 0;\n}\n";

    final LocalGitRepository target;
    final String base;
    final LocalGitRepository pipeline;

    private SeriesProjectFixture(LocalGitRepository target, String base, LocalGitRepository pipeline) {
        this.target = target;
        this.base = base;
        this.pipeline = pipeline;
    }

    /** The repositories under {@code tmp}: the target tree on {@code main}, the Jenkinsfile on {@code main}. */
    static SeriesProjectFixture create(Path tmp, String jenkinsfile) throws IOException, InterruptedException {
        LocalGitRepository target = LocalGitRepository.init(tmp.resolve("net-next"));
        String base = target.commit("net/core/dev.c", DEV_C, "net: core: add a()");
        LocalGitRepository pipeline = LocalGitRepository.init(tmp.resolve("pipeline"));
        pipeline.commit("Jenkinsfile", jenkinsfile, "the pipeline of every series");
        return new SeriesProjectFixture(target, base, pipeline);
    }

    /** Routing: net-next and net, both fetched from the local target repository. */
    String routing() {
        return """
                trees:
                  - name: net-next
                    remote: %s
                    branch: main
                    family: net
                    role: development
                  - name: net
                    remote: %s
                    branch: main
                    family: net
                    role: fixes
                """.formatted(target.url(), target.url());
    }

    /** Configures the server (with its token credential) on the global page. */
    static void configureServer(RecordedPatchwork patchwork) throws IOException {
        SystemCredentialsProvider store = SystemCredentialsProvider.getInstance();
        store.getCredentials().add(new StringCredentialsImpl(CredentialsScope.GLOBAL, TOKEN_ID, "Patchwork API token",
                Secret.fromString(TOKEN)));
        store.save();
        PatchworkServer server = new PatchworkServer(SERVER, patchwork.apiUrl());
        server.setCredentialsId(TOKEN_ID);
        ExtensionList.lookupSingleton(PatchworkGlobalConfiguration.class).setServers(List.of(server));
    }

    /** A Multibranch Pipeline project with the Patchwork source; not yet indexed. */
    WorkflowMultiBranchProject project(JenkinsRule r, String name) throws IOException {
        WorkflowMultiBranchProject mp = r.createProject(WorkflowMultiBranchProject.class, name);
        PatchworkSCMSource source = new PatchworkSCMSource(SERVER, PROJECT, pipeline.url());
        source.setPipelineBranch("main");
        source.setRouting(routing());
        // the recorded series are from 2016 to 2026: a window wide enough for any day the test runs
        source.setMaxAgeDays(100_000);
        mp.getSourcesList().add(new BranchSource(source));
        return mp;
    }

    /** The first Message-ID of series 6's lineage (its cover letter's, without angle brackets), recorded. */
    static String firstMessageId() {
        String m = RecordedPatchwork.recordedCover().get("msgid").asText().strip();
        return m.substring(1, m.length() - 1);
    }

    /** The head (and branch job) name the engine gives series 6 on net-next. */
    static HeadName expectedHead() {
        return HeadName.of(new SeriesId(firstMessageId()), "net-next");
    }

    /** The recorded patch ids of series 6, in order. */
    static List<Long> recordedPatchIds() {
        return java.util.stream.StreamSupport.stream(RecordedPatchwork.recordedSeries6().get("patches").spliterator(), false)
                .map(p -> p.get("id").asLong()).toList();
    }
}
