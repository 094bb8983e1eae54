/**
 * The benchmark suite: {@link io.jenkins.plugins.patchworkci.bench.suite.BenchSuite} runs every
 * benchmark in one go ({@code bench/run}) and prints one table of our figures beside the peer
 * tools' figures, with ratios and goals, and draws the plots for docs/performance.md. Benchmarks
 * that bound the heap run in JVMs of their own. No timing here is a test; nothing runs in
 * {@code mvn verify}.
 */
package io.jenkins.plugins.patchworkci.bench.suite;
