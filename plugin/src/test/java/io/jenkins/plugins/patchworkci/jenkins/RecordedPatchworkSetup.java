package io.jenkins.plugins.patchworkci.jenkins;

import hudson.plugins.git.GitSCM;
import io.jenkins.plugins.patchworkci.testsupport.RecordedPatchwork;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a JenkinsRule test that builds a series needs around each test: the recorded Patchwork on
 * loopback, and the git plugin told to accept the pipeline repository's {@code file://} URL (it
 * refuses local checkouts unless told otherwise), put back as it was afterwards. Registered with
 * {@code @RegisterExtension}.
 */
final class RecordedPatchworkSetup implements BeforeEachCallback, AfterEachCallback {

    private boolean allowLocalCheckout;
    private RecordedPatchwork patchwork;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        allowLocalCheckout = GitSCM.ALLOW_LOCAL_CHECKOUT;
        GitSCM.ALLOW_LOCAL_CHECKOUT = true;
        patchwork = new RecordedPatchwork();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        patchwork.close();
        GitSCM.ALLOW_LOCAL_CHECKOUT = allowLocalCheckout;
    }

    /** The recorded Patchwork of the running test. */
    RecordedPatchwork patchwork() {
        return patchwork;
    }
}
