package io.jenkins.plugins.patchworkci.series;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Who replies to whom among a set of messages. A message's parent is the closest message it names
 * (In-Reply-To, then References newest first) that is among the set; names of messages not in the
 * set are remembered as its declared parent. Walking up never loops: a cycle ends the walk and is
 * noted once, on the message where it closes.
 */
final class ThreadGraph {

    private final Map<String, ThreadMessage> byId;
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, String> declaredParent = new HashMap<>();
    private final Consumer<Note> notes;
    private final Set<String> loopNoted = new HashSet<>();

    ThreadGraph(Map<String, ThreadMessage> byId, Consumer<Note> notes) {
        this.byId = byId;
        this.notes = notes;
        for (ThreadMessage m : byId.values()) {
            List<String> named = MessageClassifier.declaredParents(m.message());
            if (!named.isEmpty()) {
                declaredParent.put(m.id(), named.get(0));
            }
            for (String candidate : named) {
                if (byId.containsKey(candidate)) {
                    parent.put(m.id(), candidate);
                    break;
                }
            }
            if (!named.isEmpty() && !byId.containsKey(named.get(0)) && m.isMember()) {
                notes.accept(new Note(Note.Kind.MISSING_PARENT, m.id(), "replies to <" + named.get(0)
                        + ">, which is not among the messages"
                        + (parent.containsKey(m.id()) ? "; threaded under <" + parent.get(m.id()) + "> instead" : "")));
            }
        }
        // Walk up from every message once, in a fixed order, so loops are noted the same way
        // whatever order the messages came in.
        byId.keySet().stream().sorted().forEach(this::ancestors);
    }

    Optional<ThreadMessage> parent(String id) {
        return Optional.ofNullable(parent.get(id)).map(byId::get);
    }

    /** The first message this one names, whether or not it is among the messages. */
    Optional<String> declaredParent(String id) {
        return Optional.ofNullable(declaredParent.get(id));
    }

    /** Ancestors, closest first, stopping before a message already seen (a loop). */
    List<ThreadMessage> ancestors(String id) {
        List<ThreadMessage> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        seen.add(id);
        String current = id;
        while (true) {
            String up = parent.get(current);
            if (up == null) {
                return out;
            }
            if (!seen.add(up)) {
                if (loopNoted.add(current)) {
                    notes.accept(new Note(Note.Kind.REFERENCE_LOOP, current, "In-Reply-To/References loop back to <"
                            + up + ">; the thread is cut there"));
                }
                return out;
            }
            out.add(byId.get(up));
            current = up;
        }
    }
}
