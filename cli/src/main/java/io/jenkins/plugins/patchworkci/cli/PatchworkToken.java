package io.jenkins.plugins.patchworkci.cli;

import io.jenkins.plugins.patchworkci.patchwork.ApiToken;
import io.jenkins.plugins.patchworkci.run.RunConfig;
import java.util.Map;
import java.util.Optional;

/**
 * The Patchwork API token: from the configuration file (its {@code token} or {@code tokenEnv}), else
 * from {@code PWCI_PATCHWORK_TOKEN}. Never from the command line, where other users of the machine
 * can read it in the process list.
 */
final class PatchworkToken {

    static final String ENV = "PWCI_PATCHWORK_TOKEN";

    private PatchworkToken() {}

    static Optional<ApiToken> find(Optional<RunConfig> config, Map<String, String> env) {
        if (config.isPresent()) {
            for (RunConfig.SourceConfig s : config.get().sources()) {
                if (s.kind().equals("patchwork") && s.token().isPresent()) {
                    return Optional.of(ApiToken.of(s.token().get()));
                }
            }
        }
        String value = env.get(ENV);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(ApiToken.of(value.strip()));
    }
}
