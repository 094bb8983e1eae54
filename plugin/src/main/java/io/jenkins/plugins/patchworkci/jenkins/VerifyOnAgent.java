package io.jenkins.plugins.patchworkci.jenkins;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.patchworkci.route.RoutingConfig;
import io.jenkins.plugins.patchworkci.route.RoutingConfigException;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.step.SeriesVerify;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jenkins.MasterToSlaveFileCallable;

/** Runs {@link SeriesVerify} on the agent, on the checkout {@code patchworkCheckout} left in the workspace. */
final class VerifyOnAgent extends MasterToSlaveFileCallable<ArrayList<VerifiedCheck>> {

    private static final long serialVersionUID = 1L;

    private final byte[] mail;
    private final String routing;
    private final String treeName;
    private final String dir;
    private final String base;
    private final ArrayList<String> commits;
    private final ArrayList<String> checks;

    VerifyOnAgent(byte[] mail, String routing, String treeName, String dir, String base, List<String> commits,
            List<String> checks) {
        this.mail = mail.clone();
        this.routing = routing;
        this.treeName = treeName;
        this.dir = dir;
        this.base = base;
        this.commits = new ArrayList<>(commits);
        this.checks = new ArrayList<>(checks);
    }

    @Override
    public ArrayList<VerifiedCheck> invoke(File workspace, VirtualChannel channel) throws IOException, InterruptedException {
        Path ws = workspace.toPath().toAbsolutePath();
        Path where = ws.resolve(dir).normalize();
        if (!where.startsWith(ws) || where.equals(ws)) {
            throw new IOException("the checkout '" + dir + "' is not inside the workspace");
        }
        RoutingConfig config;
        try {
            config = RoutingConfig.parse(routing);
        } catch (RoutingConfigException e) {
            throw new IOException(e.getMessage(), e);
        }
        Tree tree = config.tree(treeName).orElseThrow(() -> new IOException("no tree " + treeName + " in the routing"));
        ArrayList<VerifiedCheck> out = new ArrayList<>();
        new SeriesVerify(config, tree).setMail(mail).setCheckout(where, base, commits).setChecks(checks).call()
                .forEach(r -> out.add(new VerifiedCheck(r.check(), r.patch(), r.state().name().toLowerCase(Locale.ROOT),
                        r.description())));
        return out;
    }
}
