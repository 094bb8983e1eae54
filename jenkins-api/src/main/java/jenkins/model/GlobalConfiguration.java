/*
 * Signature of jenkins.model.GlobalConfiguration from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/jenkins/model/GlobalConfiguration.java. Compile-only stand-in
 * (docs/jenkins-build.md). Kept: the constructor, the final getDescriptor() (it has no abstract
 * method) and configure(StaplerRequest2, JSONObject). Left out: ExtensionPoint, all(),
 * getGlobalConfigPage() and the deprecated configure(StaplerRequest, JSONObject).
 */
package jenkins.model;

import hudson.model.Describable;
import hudson.model.Descriptor;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

public abstract class GlobalConfiguration extends Descriptor<GlobalConfiguration>
        implements Describable<GlobalConfiguration> {

    protected GlobalConfiguration() {
        throw new UnsupportedOperationException("signature only");
    }

    @Override
    public final Descriptor<GlobalConfiguration> getDescriptor() {
        throw new UnsupportedOperationException("signature only");
    }

    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        throw new UnsupportedOperationException("signature only");
    }
}
