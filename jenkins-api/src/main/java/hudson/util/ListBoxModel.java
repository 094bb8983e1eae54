/*
 * Signature of hudson.util.ListBoxModel from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/util/ListBoxModel.java. Compile-only stand-in
 * (docs/jenkins-build.md): the real superclass (ArrayList of Option) and the no-argument
 * constructor its subclasses use; the interface HttpResponse is left out.
 */
package hudson.util;

import java.util.ArrayList;

public class ListBoxModel extends ArrayList<ListBoxModel.Option> {
    private static final long serialVersionUID = 1L;

    public ListBoxModel() {
        throw new UnsupportedOperationException("signature only");
    }

    /** The element type; the plugin constructs none, so no constructor is visible. */
    public static final class Option {
        private Option() {
            throw new UnsupportedOperationException("signature only");
        }
    }
}
