/**
 * Test results: parsers for the formats kernel test runs print (KTAP/TAP from kselftest, BPF's
 * test_progs, JUnit XML), the test model they read into, and the ledger of known-flaky tests.
 * Nothing here depends on the {@code check} package: the comparison of a series' run with the
 * base's run, which turns these into a check state, is {@code check.RegressionAnalysis}. Running
 * the tests is the pipeline's job; nothing here starts a VM.
 */
@NullMarked
package io.jenkins.plugins.patchworkci.check.results;

import org.jspecify.annotations.NullMarked;
