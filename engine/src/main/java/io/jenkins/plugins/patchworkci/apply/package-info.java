/**
 * Applying a series onto a base in the object database with JGit, as {@code git am} would, in
 * tiers ({@link io.jenkins.plugins.patchworkci.apply.ApplySeries}); failure reports that name
 * patch, file and hunk; path safety rules; the mirror cache and work trees. Takes patches as
 * {@link io.jenkins.plugins.patchworkci.mail.MailInfo} values and never parses mail itself
 * (the seam is {@link io.jenkins.plugins.patchworkci.apply.SeriesInput}). Writes work-tree files only
 * through {@link io.jenkins.plugins.patchworkci.apply.WorkTree}, and git am's state directory
 * only through {@link io.jenkins.plugins.patchworkci.apply.AmState}.
 */
@NullMarked
package io.jenkins.plugins.patchworkci.apply;

import org.jspecify.annotations.NullMarked;
