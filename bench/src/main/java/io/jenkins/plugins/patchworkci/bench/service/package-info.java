/**
 * Benchmarks of the service as a whole: polling a Patchwork served locally in the recorded
 * response format, the latency from a {@code series-completed} event to the first build command,
 * and a burst of series through the runner with its concurrency limit.
 */
package io.jenkins.plugins.patchworkci.bench.service;
