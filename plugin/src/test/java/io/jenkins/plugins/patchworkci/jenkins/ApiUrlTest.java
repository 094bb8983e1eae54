package io.jenkins.plugins.patchworkci.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiUrlTest {

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
        assertThat(ApiUrl.parse(typed).root()).hasToString(root);
    }

    @Test
    void tellsPlainHttpAndPathsOutsideApi() {
        assertThat(ApiUrl.parse("https://patchwork.kernel.org/api/").isEncrypted()).isTrue();
        assertThat(ApiUrl.parse("http://127.0.0.1:8000/api/").isEncrypted()).isFalse();
        assertThat(ApiUrl.parse("https://patchwork.kernel.org/api/").endsInApi()).isTrue();
        assertThat(ApiUrl.parse("https://patchwork.kernel.org/project/netdevbpf/list/").endsInApi()).isFalse();
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
    void rejectsWhatCannotBeAnApiRootAndSaysWhy(String typed, String reason) {
        assertThatIllegalArgumentException().isThrownBy(() -> ApiUrl.parse(typed)).withMessageContaining(reason);
    }

    @Test
    void rejectsNullLikeBlank() {
        assertThatIllegalArgumentException().isThrownBy(() -> ApiUrl.parse(null)).withMessageContaining("required");
    }

    @Test
    void refusesCredentialsInTheUrlWithoutRepeatingThem() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ApiUrl.parse("https://maintainer:hunter2@patchwork.kernel.org/api/"))
                .withMessageContaining("select a credential")
                .withMessageNotContaining("hunter2");
    }
}
