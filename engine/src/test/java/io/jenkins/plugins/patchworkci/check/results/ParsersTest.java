package io.jenkins.plugins.patchworkci.check.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three result formats, on samples written to their specifications. */
class ParsersTest {

    /** KUnit-style KTAP (Documentation/dev-tools/ktap.rst): subtests indented, parent result after them. */
    private static final String KTAP = """
            KTAP version 1
            1..2
                KTAP version 1
                # Subtest: example
                1..3
                ok 1 example_simple_test
                ok 2 example_skip_test # SKIP this test should be skipped
                not ok 3 example_fail_test
                # example_fail_test: EXPECTATION FAILED at lib/kunit/kunit-example-test.c:42
            # example: pass:1 fail:1 skip:1 total:3
            not ok 1 example
                KTAP version 1
                # Subtest: other
                1..2
                    KTAP version 1
                    # Subtest: param
                    1..2
                    ok 1 param-0
                    ok 2 param-1
                ok 1 param
                ok 2 expected_failure # XFAIL known bug
            ok 2 other
            """;

    /** The kselftest runner (tools/testing/selftests/kselftest/runner.sh): a test's own TAP behind "# ". */
    private static final String KSELFTEST = """
            TAP version 13
            1..4
            # timeout set to 300
            # selftests: net: reuseport_bpf
            # TAP version 13
            # 1..2
            # ok 1 reuseport ipv4
            # not ok 2 reuseport ipv6
            # # Totals: pass:1 fail:1 xfail:0 xpass:0 skip:0 error:0
            not ok 1 selftests: net: reuseport_bpf # exit=1
            # selftests: net: fib_tests.sh
            # Single path route test
            #     Nexthop device deleted                                          [ OK ]
            ok 2 selftests: net: fib_tests.sh
            # selftests: net: pmtu.sh
            ok 3 selftests: net: pmtu.sh # SKIP
            # selftests: net: slow.sh
            #
            not ok 4 selftests: net: slow.sh # TIMEOUT 300 seconds
            """;

    /** BPF test_progs, as print_test_result() and print_subtest_name() in test_progs.c write it. */
    private static final String TEST_PROGS = """
            #1       align:OK
            #2/1     atomics/add:OK
            test_sub:PASS:skel_open 0 nsec
            test_sub:FAIL:sub_value unexpected sub_value: actual 1 != expected 2
            #2/2     atomics/sub:FAIL
            #2       atomics:FAIL
            #3/1     bpf_cookie/kprobe:OK
            #3/2     bpf_cookie/uprobe:SKIP
            #3       bpf_cookie:OK (SKIP: 1/2)
            #4       xdp_bonding:SKIP
            #5       arena_htab:SKIP (not built)
            Summary: 2/2 PASSED, 3 SKIPPED, 1 FAILED
            """;

    @Test
    void ktapNamesSubtestsAfterTheirParents() {
        TestReport r = KtapParser.parse(KTAP);
        assertThat(r.cases()).extracting(TestCase::name).containsExactly(
                "example/example_simple_test", "example/example_skip_test", "example/example_fail_test", "example",
                "other/param/param-0", "other/param/param-1", "other/param", "other/expected_failure", "other");
        assertThat(r.get("example/example_skip_test").orElseThrow().outcome()).isEqualTo(TestOutcome.SKIP);
        assertThat(r.get("example/example_fail_test").orElseThrow().outcome()).isEqualTo(TestOutcome.FAIL);
        assertThat(r.get("example").orElseThrow().outcome()).isEqualTo(TestOutcome.FAIL);
        assertThat(r.get("other/expected_failure").orElseThrow().outcome()).isEqualTo(TestOutcome.XFAIL);
        assertThat(r.get("other").orElseThrow().outcome()).isEqualTo(TestOutcome.PASS);
    }

    @Test
    void kselftestRunnerOutputNestsBehindHashes() {
        TestReport r = KtapParser.parse(KSELFTEST);
        assertThat(r.cases()).extracting(TestCase::name).containsExactly(
                "selftests: net: reuseport_bpf/reuseport ipv4", "selftests: net: reuseport_bpf/reuseport ipv6",
                "selftests: net: reuseport_bpf", "selftests: net: fib_tests.sh", "selftests: net: pmtu.sh",
                "selftests: net: slow.sh");
        assertThat(r.cases()).extracting(TestCase::outcome).containsExactly(TestOutcome.PASS, TestOutcome.FAIL,
                TestOutcome.FAIL, TestOutcome.PASS, TestOutcome.SKIP, TestOutcome.FAIL);
        assertThat(r.get("selftests: net: reuseport_bpf").orElseThrow().detail()).isEqualTo("exit=1");
    }

    @Test
    void testProgsResultsAndSummary() {
        TestReport r = TestProgsParser.parse(TEST_PROGS);
        assertThat(r.cases()).extracting(TestCase::name).containsExactly("align", "atomics/add", "atomics/sub",
                "atomics", "bpf_cookie/kprobe", "bpf_cookie/uprobe", "bpf_cookie", "xdp_bonding", "arena_htab");
        assertThat(r.failures()).extracting(TestCase::name).containsExactly("atomics/sub", "atomics");
        assertThat(r.get("bpf_cookie").orElseThrow().outcome()).isEqualTo(TestOutcome.PASS);
        assertThat(r.get("bpf_cookie").orElseThrow().detail()).isEqualTo("skipped 1 of 2 subtests");
        assertThat(r.get("xdp_bonding").orElseThrow().outcome()).isEqualTo(TestOutcome.SKIP);
        assertThat(TestProgsParser.summary(TEST_PROGS)).contains(new TestProgsParser.Summary(2, 2, 3, 1));
        assertThat(TestProgsParser.summary("Summary: 700 PASSED, 3 SKIPPED, 0 FAILED\n"))
                .as("test_verifier's form").contains(new TestProgsParser.Summary(700, 0, 3, 0));
        // The summary agrees with the lines: top-level tests passed and failed.
        long topPassed = r.cases().stream().filter(c -> !c.name().contains("/"))
                .filter(c -> c.outcome() == TestOutcome.PASS).count();
        assertThat(topPassed).isEqualTo(2);
    }

    @Test
    void junitXmlFailuresErrorsAndSkips() throws Exception {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites>
                  <testsuite name="ynl" tests="4" failures="1" errors="1" skipped="1">
                    <testcase classname="ynl.netdev" name="dev_get" time="0.1"/>
                    <testcase classname="ynl.netdev" name="page_pool" time="0.2">
                      <failure message="assert 1 == 2">Traceback...</failure>
                    </testcase>
                    <testcase classname="ynl.ethtool" name="rings"><error message="crashed"/></testcase>
                    <testcase name="no_class"><skipped message="no device"/></testcase>
                  </testsuite>
                </testsuites>
                """;
        TestReport r = JUnitXmlParser.parse(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(r.cases()).extracting(TestCase::name)
                .containsExactly("ynl.netdev.dev_get", "ynl.netdev.page_pool", "ynl.ethtool.rings", "no_class");
        assertThat(r.cases()).extracting(TestCase::outcome)
                .containsExactly(TestOutcome.PASS, TestOutcome.FAIL, TestOutcome.FAIL, TestOutcome.SKIP);
        assertThat(r.get("ynl.netdev.page_pool").orElseThrow().detail()).isEqualTo("assert 1 == 2");
    }

    @Test
    void junitXmlRefusesDoctypes() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<testsuite><testcase name=\"&e;\"/></testsuite>";
        assertThatThrownBy(() -> JUnitXmlParser.parse(xxe.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not JUnit XML");
    }

    @Test
    void aNameSeenTwiceKeepsItsFailure() {
        TestReport r = new TestReport(List.of(new TestCase("t", TestOutcome.FAIL, "first"),
                new TestCase("t", TestOutcome.PASS, "")));
        assertThat(r.cases()).singleElement().extracting(TestCase::outcome).isEqualTo(TestOutcome.FAIL);
    }
}
