/** A very large series read, planned and applied within a bounded heap (run in its own JVM). */
package io.jenkins.plugins.patchworkci.bench.memory;
