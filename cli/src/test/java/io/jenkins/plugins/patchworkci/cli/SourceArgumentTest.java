package io.jenkins.plugins.patchworkci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.http.HttpTransport;
import java.net.ConnectException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/cli.md's rule for a source URL: lore.kernel.org is a public-inbox list, other hosts are asked. */
class SourceArgumentTest {

    @Test
    void aLoreListIsAnArchiveWithoutAskingForAPatchworkApi() throws Exception {
        List<URI> asked = new ArrayList<>();
        HttpTransport unreachable = request -> {
            asked.add(request.uri());
            throw new ConnectException("offline");
        };
        SourceArgument netdev = SourceArgument.detect("https://lore.kernel.org/netdev/", null, unreachable);
        assertThat(netdev.kind()).isEqualTo(SourceKind.archive);
        assertThat(netdev.name()).contains("netdev");
        assertThat(netdev.server()).contains(URI.create("https://lore.kernel.org/"));
        assertThat(asked).isEmpty();
    }
}
