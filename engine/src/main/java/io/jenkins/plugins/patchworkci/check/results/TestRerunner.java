package io.jenkins.plugins.patchworkci.check.results;

import java.io.IOException;

/** Runs one test again on the series' build: the pipeline's seam for retries. */
@FunctionalInterface
public interface TestRerunner {

    TestOutcome rerun(String testName) throws IOException, InterruptedException;
}
