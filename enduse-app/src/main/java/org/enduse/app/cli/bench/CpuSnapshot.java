package org.enduse.app.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used so far by this JVM, and by the threads whose names start with a prefix (the
 * server's request threads, the load's virtual-thread carriers), with the machine's load average:
 * on a machine shared with other work, CPU time per request is the fairer figure than wall time.
 * A thread that ended between two snapshots takes its time with it, so group figures are lower bounds.
 */
record CpuSnapshot(long processNanos, long[] groupNanos, String loadAverage) {
    static CpuSnapshot take(String... threadNamePrefixes) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] groups = new long[threadNamePrefixes.length];
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) continue;
            for (int g = 0; g < threadNamePrefixes.length; g++) {
                if (!info.getThreadName().startsWith(threadNamePrefixes[g])) continue;
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                if (cpu > 0) groups[g] += cpu;
            }
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new CpuSnapshot(os.getProcessCpuTime(), groups, machineLoadAverage());
    }

    /** The 1-, 5- and 15-minute load averages, as uptime prints them; "unknown" off Linux. */
    private static String machineLoadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
