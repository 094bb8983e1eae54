package io.jenkins.plugins.patchworkci.bench.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The hardware line: figures mean little without the machine they were taken on. */
public final class Hardware {

    private Hardware() {}

    public static String line() {
        return String.format("nproc %d, %s, %s RAM, Java %s (%s), %s, load average at start %s",
                Runtime.getRuntime().availableProcessors(), cpuModel(), memory(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), gitVersion(), loadAverage());
    }

    static String cpuModel() {
        return procLine("/proc/cpuinfo", "model name", "unknown CPU");
    }

    static String memory() {
        String kb = procLine("/proc/meminfo", "MemTotal", "0 kB").replace("kB", "").trim();
        return String.format("%.1f GB", Long.parseLong(kb) / 1024.0 / 1024.0);
    }

    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String gitVersion() {
        try {
            Process p = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            return v;
        } catch (IOException e) {
            return "no git";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "git version unknown";
        }
    }

    private static String procLine(String file, String key, String fallback) {
        try {
            for (String l : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
                if (l.startsWith(key)) {
                    return l.substring(l.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // not Linux: the line says so
        }
        return fallback;
    }
}
