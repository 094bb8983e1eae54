/**
 * Test results: parsers for the formats kernel test runs print (KTAP/TAP from kselftest, BPF's
 * test_progs, JUnit XML), and the comparison of a series' run with the base's run that blames the
 * series only for regressions (with retries and a ledger of known-flaky tests). Running the tests
 * is the pipeline's job; nothing here starts a VM.
 */
package io.jenkins.plugins.patchworkci.check.results;
