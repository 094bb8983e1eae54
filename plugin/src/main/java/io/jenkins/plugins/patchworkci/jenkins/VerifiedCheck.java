package io.jenkins.plugins.patchworkci.jenkins;

import java.io.Serializable;

/**
 * One engine check result, as it comes back from the agent.
 *
 * @param check the check's name (a Patchwork context)
 * @param patch the patch's number, 1-based
 * @param state {@code success}, {@code warning}, {@code fail} or {@code pending}
 * @param description one line
 */
record VerifiedCheck(String check, int patch, String state, String description) implements Serializable {
}
