/*
 * Signature of hudson.util.ListBoxModel from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/util/ListBoxModel.java. Compile-only stand-in
 * (docs/jenkins-build.md): the real superclass (ArrayList of Option) and the no-argument
 * constructor its subclasses use, and add(String, String) and add(String); the interface
 * HttpResponse, the other constructors and add(ModelObject, String) are left out.
 */
package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.ArrayList;

public class ListBoxModel extends ArrayList<ListBoxModel.Option> {
    private static final long serialVersionUID = 1L;

    public ListBoxModel() {
        throw new UnsupportedOperationException("signature only");
    }

    public void add(@NonNull String displayName, @NonNull String value) {
        throw new UnsupportedOperationException("signature only");
    }

    public ListBoxModel add(@NonNull String nameAndValue) {
        throw new UnsupportedOperationException("signature only");
    }

    /** The element type; the plugin constructs none, so no constructor is visible. */
    public static final class Option {
        private Option() {
            throw new UnsupportedOperationException("signature only");
        }
    }
}
