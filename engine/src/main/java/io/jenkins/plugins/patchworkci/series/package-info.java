/**
 * Series and lineages: messages grouped by thread and subject prefix into cover letter and patches 1..N,
 * review trailers from replies, and versions linked into a lineage. Builds on {@code mail}; does no I/O.
 */
package io.jenkins.plugins.patchworkci.series;
