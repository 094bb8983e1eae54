/*
 * Signature of hudson.util.FormValidation from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/util/FormValidation.java. Compile-only stand-in
 * (docs/jenkins-build.md): the factories the plugin calls. It really is an IOException, which
 * matters to the compiler's checked-exception analysis, so that supertype is kept; HttpResponse
 * and the abstract renderHtml() are left out because the plugin does not extend this class.
 */
package hudson.util;

import java.io.IOException;

public abstract class FormValidation extends IOException {
    private static final long serialVersionUID = 1L;

    private FormValidation() {
        throw new UnsupportedOperationException("signature only");
    }

    public static FormValidation error(String message) {
        throw new UnsupportedOperationException("signature only");
    }

    public static FormValidation warning(String message) {
        throw new UnsupportedOperationException("signature only");
    }

    public static FormValidation ok(String message) {
        throw new UnsupportedOperationException("signature only");
    }

    public static FormValidation ok() {
        throw new UnsupportedOperationException("signature only");
    }
}
