package io.jenkins.plugins.patchworkci.check;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** A process and everything it started, as one thing to stop: build commands and check tools alike. */
public final class ProcessTree {

    private ProcessTree() {
    }

    /**
     * Kills a command and every process under it — make's compilers, a test's helpers, and inside
     * bubblewrap the sandbox's own init and all it runs (they are descendants here too, whatever
     * their pid inside the sandbox) — and waits for them to be gone. Children first, while they
     * are still descendants (a killed parent's children would be handed to init and lost from
     * view), repeated for processes forked meanwhile; then the command itself.
     */
    public static void kill(ProcessHandle root) {
        java.util.Set<ProcessHandle> killed = new java.util.LinkedHashSet<>();
        for (int round = 0; round < 10; round++) {
            List<ProcessHandle> found = new java.util.ArrayList<>(
                    root.descendants().filter(h -> h.isAlive() && !killed.contains(h)).toList());
            if (found.isEmpty()) {
                break;
            }
            java.util.Collections.reverse(found); // the deepest, found last, first
            for (ProcessHandle h : found) {
                h.destroyForcibly();
                killed.add(h);
            }
        }
        root.destroyForcibly();
        killed.add(root);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (ProcessHandle h : killed) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                h.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // gone or not, nothing more can be done from here
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
    }
}
