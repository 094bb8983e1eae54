package io.jenkins.plugins.patchworkci.patchwork;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A mail sender as Patchwork knows it (submitters); not necessarily a user account. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonRef(long id, String url, String name, String email) {
}
