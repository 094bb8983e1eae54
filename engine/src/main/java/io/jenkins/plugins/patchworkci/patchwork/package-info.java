/**
 * The Patchwork REST API client (API 1.1 to 1.3): projects, series, patches, covers, comments, checks,
 * events, posting checks ({@link io.jenkins.plugins.patchworkci.patchwork.PatchworkClient}), its models as
 * Jackson-bound records, and a Patchwork project as a polled
 * {@link io.jenkins.plugins.patchworkci.inbox.Source} of series mboxes
 * ({@link io.jenkins.plugins.patchworkci.patchwork.PatchworkSource}). Speaks HTTP and JSON only, through
 * {@code http}; parses no mail (the mboxes it delivers go through {@code mail} and {@code series}).
 */
@NullMarked
package io.jenkins.plugins.patchworkci.patchwork;

import org.jspecify.annotations.NullMarked;
