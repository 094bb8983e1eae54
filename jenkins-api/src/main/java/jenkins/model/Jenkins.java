/*
 * Signature of jenkins.model.Jenkins from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/jenkins/model/Jenkins.java. Compile-only stand-in (docs/jenkins-build.md).
 * The real class extends AbstractCIBase (a Node) and implements a dozen interfaces; kept here are
 * the two supertypes the plugin relies on (an ItemGroup of TopLevelItem, AccessControlled). Its
 * protected constructors are not for plugins, so none is visible. Members: ADMINISTER, get(), getItems()
 * (ItemGroup's abstract method), getRootUrl() and getRootDir().
 */
package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.ItemGroup;
import hudson.model.TopLevelItem;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.io.File;
import java.util.List;

public class Jenkins implements ItemGroup<TopLevelItem>, AccessControlled {
    public static final Permission ADMINISTER = null;

    private Jenkins() {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public static Jenkins get() throws IllegalStateException {
        throw new UnsupportedOperationException("signature only");
    }

    public List<TopLevelItem> getItems() {
        throw new UnsupportedOperationException("signature only");
    }

    public @Nullable String getRootUrl() throws IllegalStateException {
        throw new UnsupportedOperationException("signature only");
    }

    public File getRootDir() {
        throw new UnsupportedOperationException("signature only");
    }
}
