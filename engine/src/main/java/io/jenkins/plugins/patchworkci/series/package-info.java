/**
 * Series and lineages: messages grouped by thread and subject prefix into cover letter and patches 1..N,
 * review trailers from replies, and versions linked into a lineage. Builds on {@code mail}; does no I/O.
 *
 * <p>Entry points: {@link io.jenkins.plugins.patchworkci.series.SeriesAssembler} (messages to
 * {@link io.jenkins.plugins.patchworkci.series.Series}). The package never parses subjects or diffs
 * itself: it takes them through {@link io.jenkins.plugins.patchworkci.series.MessageParsers}, the seam
 * to the {@code mail} package. What must not live here: reading mailboxes, talking to servers,
 * applying patches.
 */
@NullMarked
package io.jenkins.plugins.patchworkci.series;

import org.jspecify.annotations.NullMarked;
