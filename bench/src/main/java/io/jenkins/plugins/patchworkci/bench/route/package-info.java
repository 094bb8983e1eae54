/** Routing without trial apply against the real kernel MAINTAINERS, beside get_maintainer.pl. */
package io.jenkins.plugins.patchworkci.bench.route;
