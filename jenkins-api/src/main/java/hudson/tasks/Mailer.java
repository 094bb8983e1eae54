/*
 * Signature of hudson.tasks.Mailer from org.jenkins-ci.plugins:mailer:534.v1b_36f5864073
 * (jenkinsci/mailer-plugin, tag 534.v1b_36f5864073, the version bom-2.568.x pins),
 * src/main/java/hudson/tasks/Mailer.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: descriptor() and, of the nested DescriptorImpl, getSmtpHost. Left out: the supertypes (Notifier,
 * SimpleBuildStep; BuildStepDescriptor for DescriptorImpl), every other member; the constructors
 * replaced by private ones.
 */
package hudson.tasks;

public class Mailer {

    private Mailer() {
        throw new UnsupportedOperationException("signature only");
    }

    public static DescriptorImpl descriptor() {
        throw new UnsupportedOperationException("signature only");
    }

    public static final class DescriptorImpl {

        private DescriptorImpl() {
            throw new UnsupportedOperationException("signature only");
        }

        public String getSmtpHost() {
            throw new UnsupportedOperationException("signature only");
        }
    }
}
