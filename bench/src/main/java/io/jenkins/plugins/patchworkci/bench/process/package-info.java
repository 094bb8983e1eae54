/**
 * Whole-process benchmarks: {@code pwci am} as a user runs it (the {@code ./pwci} launcher, a cold
 * JVM each time) against {@code git am} and {@code b4 am} on series made with {@code git format-patch}
 * from real history, timed process to process, alternated, with CPU time and peak resident memory.
 */
package io.jenkins.plugins.patchworkci.bench.process;
