package io.jenkins.plugins.patchworkci.patchwork;

/**
 * The REST API versions this client speaks, newest first. {@code /api/} answers with the newest
 * version's index but names no version, so the client probes {@code /api/1.3/}, then older ones.
 */
public enum ApiVersion {
    V1_3("1.3"), V1_2("1.2"), V1_1("1.1");

    private final String number;

    ApiVersion(String number) {
        this.number = number;
    }

    public String number() {
        return number;
    }

    @Override
    public String toString() {
        return number;
    }
}
