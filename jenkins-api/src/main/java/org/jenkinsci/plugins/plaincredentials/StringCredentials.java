/*
 * Signature of org.jenkinsci.plugins.plaincredentials.StringCredentials from
 * org.jenkins-ci.plugins:plain-credentials:199.v9f8e1f741799 (jenkinsci/plain-credentials-plugin,
 * commit 9f8e1f741799; the version bom-2.568.x pins),
 * src/main/java/org/jenkinsci/plugins/plaincredentials/StringCredentials.java. Compile-only
 * stand-in (docs/jenkins-build.md): the @NameWith annotation and its NameProvider are left out.
 */
package org.jenkinsci.plugins.plaincredentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;

public interface StringCredentials extends StandardCredentials {
    @NonNull
    Secret getSecret();
}
