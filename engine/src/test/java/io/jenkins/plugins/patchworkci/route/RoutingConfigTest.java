package io.jenkins.plugins.patchworkci.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RoutingConfigTest {

    @Test
    void aJobsRoutingIsOnePresetNameOrTheYamlForm() throws Exception {
        assertThat(RoutingConfig.parse("bpf").trees()).extracting(Tree::name)
                .containsExactly("bpf-next", "bpf", "libbpf");
        // as a text area hands it over: surrounding blank lines and spaces
        assertThat(RoutingConfig.parse("\n  netdev \n")).isEqualTo(RoutingConfig.preset("netdev"));
        assertThat(RoutingConfig.parse("""
                trees:
                  - name: net-next
                    remote: https://example.invalid/net-next.git
                    branch: main
                """).trees()).extracting(Tree::name).containsExactly("net-next");
        assertThat(RoutingConfig.parse("preset: bpf\ncompanionWindow: 90m\n").companionWindow())
                .isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void aJobsRoutingNamesWhatIsWrong() {
        assertThatThrownBy(() -> RoutingConfig.parse("no-such-preset"))
                .isInstanceOf(RoutingConfigException.class)
                .hasMessageContaining("unknown preset 'no-such-preset'").hasMessageContaining("netdevbpf");
        assertThatThrownBy(() -> RoutingConfig.parse("trees:\n  - name: x\n    colour: red\n"))
                .isInstanceOf(RoutingConfigException.class).hasMessageContaining("line 3");
        assertThatThrownBy(() -> RoutingConfig.parse("   "))
                .isInstanceOf(RoutingConfigException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> RoutingConfig.parse(null))
                .isInstanceOf(RoutingConfigException.class).hasMessageContaining("empty");
    }

    @Test
    void presetNetdevbpfHasEveryTreeOnce() throws Exception {
        RoutingConfig c = RoutingConfig.preset("netdevbpf");
        assertThat(c.trees()).extracting(Tree::name)
                .containsExactly("net-next", "net", "bpf-next", "bpf", "iproute2-next", "iproute2", "libbpf");
        assertThat(c.tree("net")).get().extracting(Tree::role).isEqualTo(TreeRole.FIXES);
        assertThat(c.tree("net-next")).get().extracting(Tree::role).isEqualTo(TreeRole.DEVELOPMENT);
        assertThat(c.tree("iproute2-next")).get().extracting(Tree::kind).isEqualTo(TreeKind.USER_SPACE);
        assertThat(RoutingConfig.preset("netdev").trees()).extracting(Tree::name).doesNotContain("bpf", "libbpf");
        assertThat(RoutingConfig.preset("bpf").trees()).extracting(Tree::name).containsExactly("bpf-next", "bpf", "libbpf");
    }

    @Test
    void yamlOverridesPresetTreesByName() throws Exception {
        RoutingConfig c = RoutingConfig.fromYaml("""
                preset: netdev
                companionWindow: 90m
                trees:
                  - name: net-next
                    remote: https://mirror.example.org/net-next.git
                    branch: testing
                    family: net
                    role: development
                  - name: ethtool
                    remote: https://git.kernel.org/pub/scm/network/ethtool/ethtool.git
                    branch: master
                    kind: user-space
                """);
        assertThat(c.tree("net-next")).get().extracting(Tree::branch).isEqualTo("testing");
        assertThat(c.tree("ethtool")).get().extracting(Tree::tags).asList().containsExactly("ethtool");
        assertThat(c.trees()).hasSize(5);
        assertThat(c.companionWindow()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void errorsNameTheLine() {
        assertThatThrownBy(() -> RoutingConfig.fromYaml("""
                preset: netdev
                trees:
                  - name: x
                    remote: https://example.org/x.git
                    branch: main
                    colour: blue
                """)).isInstanceOf(RoutingConfigException.class).hasMessageContaining("line 6").hasMessageContaining("colour");
        assertThatThrownBy(() -> RoutingConfig.fromYaml("preset: nope\n"))
                .hasMessageContaining("unknown preset 'nope'").hasMessageContaining("netdevbpf");
        assertThatThrownBy(() -> RoutingConfig.fromYaml("""
                trees:
                  - name: x
                    remote: r
                    branch: b
                    role: fixes
                """)).hasMessageContaining("needs a family");
        assertThatThrownBy(() -> RoutingConfig.fromYaml("trees:\n  - name: '../x'\n    remote: r\n    branch: b\n"))
                .hasMessageContaining("tree name must be a word");
    }

    @Test
    void gitUrlsCompareAcrossSchemes() {
        assertThat(GitUrl.sameRepository("git://git.kernel.org/pub/scm/linux/kernel/git/netdev/net.git",
                "https://git.kernel.org/pub/scm/linux/kernel/git/netdev/net.git/")).isTrue();
        assertThat(GitUrl.sameRepository("git@github.com:libbpf/libbpf.git", "https://github.com/libbpf/libbpf")).isTrue();
        assertThat(GitUrl.sameRepository("https://git.kernel.org/a/net.git", "https://git.kernel.org/a/net-next.git")).isFalse();
    }
}
