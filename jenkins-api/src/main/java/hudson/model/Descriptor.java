/*
 * Signature of hudson.model.Descriptor from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/model/Descriptor.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: both constructors, every final method (Descriptor has no abstract one), and the members
 * the plugin uses. Left out: the interfaces Loadable, Saveable and OnMaster, the field clazz, and
 * the deprecated StaplerRequest (javax) overloads, so the type-check also refuses them.
 */
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

public abstract class Descriptor<T extends Describable<T>> {

    protected Descriptor(Class<? extends T> clazz) {
        throw new UnsupportedOperationException("signature only");
    }

    protected Descriptor() {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public String getDisplayName() {
        throw new UnsupportedOperationException("signature only");
    }

    public final String getDescriptorFullUrl() {
        throw new UnsupportedOperationException("signature only");
    }

    public final String getJsonSafeClassName() {
        throw new UnsupportedOperationException("signature only");
    }

    public final boolean isInstance(T instance) {
        throw new UnsupportedOperationException("signature only");
    }

    @SuppressWarnings("rawtypes") // the real signature takes a raw Class
    public final boolean isSubTypeOf(Class type) {
        throw new UnsupportedOperationException("signature only");
    }

    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        throw new UnsupportedOperationException("signature only");
    }

    protected final String getViewPage(Class<?> clazz, String pageName) {
        throw new UnsupportedOperationException("signature only");
    }

    public synchronized void save() {
        throw new UnsupportedOperationException("signature only");
    }

    public synchronized void load() {
        throw new UnsupportedOperationException("signature only");
    }

    /** Left out: the interface HttpResponse; the plugin constructs none, so no constructor is visible. */
    public static final class FormException extends Exception {
        private static final long serialVersionUID = 1L;

        private FormException() {
            throw new UnsupportedOperationException("signature only");
        }
    }
}
