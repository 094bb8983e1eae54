/**
 * Reports of a run: the result model and its JSON form, the Patchwork, mail and HTML reporters, shadow mode.
 * Every string from mail is escaped or encoded before it leaves here.
 */
package io.jenkins.plugins.patchworkci.report;
