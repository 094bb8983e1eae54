package io.jenkins.plugins.patchworkci.run;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The series versions whose results the reporters have begun to send, in this process, by the
 * runner's label. A run that breaks after that point is not an error to retry: run again, it would
 * report a second time. The runner records it DONE and names the reporter's failure as a problem.
 */
final class ResultsOut {

    private final Set<String> out = ConcurrentHashMap.newKeySet();

    void mark(String label) {
        out.add(label);
    }

    /** Whether the results of {@code label} began to go out since the last call; forgets it. */
    boolean take(String label) {
        return out.remove(label);
    }
}
