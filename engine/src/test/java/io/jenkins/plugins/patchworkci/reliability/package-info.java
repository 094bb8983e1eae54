/**
 * Reliability and security tests that cross packages: fuzzing of every parser and loader fed from
 * outside, a corpus of hostile inputs with their expected outcomes, server and disk faults,
 * restarts, concurrency, secrecy of credentials and a burst of series. See {@code docs/security.md}
 * for the guarantees each class proves. Nothing here is used by main code.
 */
package io.jenkins.plugins.patchworkci.reliability;
