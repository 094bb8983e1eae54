package io.jenkins.plugins.patchworkci.patchwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one check of a Patchwork address, for the Jenkins form, the plugin's connection and every client. */
class PatchworkUrlTest {

    @ParameterizedTest
    @CsvSource({
        "https://patchwork.kernel.org/api/, https://patchwork.kernel.org/api/",
        "https://patchwork.kernel.org/api, https://patchwork.kernel.org/api/",
        "'  https://patchwork.kernel.org/api/  ', https://patchwork.kernel.org/api/",
        "HTTPS://patchwork.kernel.org/api/, https://patchwork.kernel.org/api/",
        "http://127.0.0.1:8000/api/, http://127.0.0.1:8000/api/",
        "https://pw.example.org, https://pw.example.org/",
        "https://pw.example.org/pw/api, https://pw.example.org/pw/api/",
    })
    void rootAlwaysEndsWithASlash(String typed, String root) {
        assertThat(PatchworkUrl.parse(typed).root()).hasToString(root);
    }

    @Test
    void tellsPlainHttpAndPathsOutsideApi() {
        assertThat(PatchworkUrl.parse("https://patchwork.kernel.org/api/").isEncrypted()).isTrue();
        assertThat(PatchworkUrl.parse("http://127.0.0.1:8000/api/").isEncrypted()).isFalse();
        assertThat(PatchworkUrl.parse("https://patchwork.kernel.org/api/").endsInApi()).isTrue();
        assertThat(PatchworkUrl.parse("https://patchwork.kernel.org/project/netdevbpf/list/").endsInApi()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                                          | required",
        "'   '                                       | required",
        "patchwork.kernel.org/api/                   | must start with https://",
        "ftp://patchwork.kernel.org/api/             | must start with https://",
        "https:///api/                               | no host name",
        "https://patch work.org/api/                 | Not a URL",
        "https://patchwork.kernel.org/api/?project=1 | query",
        "https://patchwork.kernel.org/api/#top       | fragment",
    })
    void rejectsWhatCannotBeAPatchworkAddressAndSaysWhy(String typed, String reason) {
        assertThatIllegalArgumentException().isThrownBy(() -> PatchworkUrl.parse(typed)).withMessageContaining(reason);
    }

    @Test
    void rejectsNullLikeBlank() {
        assertThatIllegalArgumentException().isThrownBy(() -> PatchworkUrl.parse(null)).withMessageContaining("required");
    }

    @Test
    void refusesCredentialsInTheUrlWithoutRepeatingThem() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PatchworkUrl.parse("https://maintainer:hunter2@patchwork.kernel.org/api/"))
                .withMessageContaining("as a credential")
                .withMessageNotContaining("hunter2");
    }

    @Test
    void theClientRefusesWhatTheFormRefusesForTheSameReason() {
        java.net.URI withPassword = java.net.URI.create("https://maintainer:hunter2@patchwork.kernel.org/");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PatchworkClient(withPassword, request -> { throw new AssertionError("no request"); }, null))
                .withMessageContaining("as a credential")
                .withMessageNotContaining("hunter2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PatchworkClient(java.net.URI.create("ftp://patchwork.kernel.org/"),
                        request -> { throw new AssertionError("no request"); }, null))
                .withMessageContaining("must start with https://");
    }

    @ParameterizedTest
    @CsvSource({
        "https://patchwork.kernel.org/api/, https://patchwork.kernel.org/",
        "https://patchwork.kernel.org/api/1.3, https://patchwork.kernel.org/",
        "HTTPS://patchwork.kernel.org, https://patchwork.kernel.org/",
        "https://pw.example.org/pw/api/, https://pw.example.org/pw/",
        "https://pw.example.org/apis/, https://pw.example.org/apis/",
    })
    void theClientTakesTheServerRootOfAnApiRoot(String typed, String server) {
        PatchworkClient client = new PatchworkClient(PatchworkUrl.parse(typed).root(),
                request -> { throw new AssertionError("no request"); }, null);
        assertThat(client.server()).hasToString(server);
    }
}
