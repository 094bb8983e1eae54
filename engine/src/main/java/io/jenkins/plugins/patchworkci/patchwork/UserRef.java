package io.jenkins.plugins.patchworkci.patchwork;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A Patchwork user account (maintainers, delegates, check authors, event actors). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserRef(long id, String url, String username, String firstName, String lastName, String email) {
}
