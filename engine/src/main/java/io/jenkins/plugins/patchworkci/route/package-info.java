/**
 * Trees and routing: which tree and branch a series is for, decided in explained steps into a Plan,
 * with user-space companions. Reads MAINTAINERS; never applies for real.
 */
@NullMarked
package io.jenkins.plugins.patchworkci.route;

import org.jspecify.annotations.NullMarked;
