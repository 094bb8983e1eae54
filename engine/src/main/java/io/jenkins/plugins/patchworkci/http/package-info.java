/**
 * The one configurable HTTP client every remote source uses: {@link io.jenkins.plugins.patchworkci.http.HttpTransport}
 * (the seam the Jenkins layer replaces with a client built from Jenkins' proxy configuration), the JDK
 * implementation (every response bounded in size, gzip-decoded size and time), retries with backoff, request counting, and {@code Link} header parsing.
 * Knows nothing of Patchwork or public-inbox; never logs or prints credentials.
 */
@NullMarked
package io.jenkins.plugins.patchworkci.http;

import org.jspecify.annotations.NullMarked;
