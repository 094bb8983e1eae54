package io.jenkins.plugins.patchworkci.inbox;

import java.util.List;

/**
 * What one {@link PollCommand} produced.
 *
 * @param <S> what arrivals became
 * @param results everything the handler returned, in arrival order
 * @param failures the arrivals the handler refused, each with its key and reason
 * @param arrivals how many arrivals the poll delivered
 * @param started true when there was no cursor yet and this call only created one
 */
public record PollOutcome<S>(List<S> results, List<Failure> failures, int arrivals, boolean started) {

    public PollOutcome {
        results = List.copyOf(results);
        failures = List.copyOf(failures);
    }

    /**
     * An arrival that could not be used.
     *
     * @param key the arrival's key (a series id, a Message-ID, a file name)
     * @param reason why
     */
    public record Failure(String key, String reason) {
    }
}
