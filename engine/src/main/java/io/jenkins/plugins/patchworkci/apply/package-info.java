/**
 * Applying a series onto a base in the object database with JGit, as {@code git am} would, in tiers;
 * failure reports that name patch, file and hunk; the mirror cache and work trees.
 */
package io.jenkins.plugins.patchworkci.apply;
