package org.enduse.app.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Samples a benchmark run every 20 ms on a thread of its own: the most heap in use (live objects
 * and garbage not yet collected), and the CPU time of each thread, so the run's CPU can be told
 * apart by thread name (extraction workers, the writer...; the JVM's compiler and garbage collector
 * threads are not among them). A thread's CPU time is its last sample, so one that ends loses at
 * most its last 20 ms.
 */
final class RunSampler {
    private final Thread sampler;
    private volatile boolean running = true;
    private long peakHeap;
    private final Map<Long, Long> cpuByThread = new HashMap<>();
    private final Map<Long, String> nameByThread = new HashMap<>();
    private final Map<Long, Long> cpuAtStart = new HashMap<>();

    RunSampler() {
        sample(cpuAtStart);
        sampler = Thread.ofPlatform().daemon().name("bench-sampler").start(() -> {
            while (running) {
                sample(cpuByThread);
                try {
                    Thread.sleep(Duration.ofMillis(20));
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** Stops sampling; the figures below are final once this returns. */
    void stop() throws InterruptedException {
        running = false;
        sampler.join();
    }

    long peakHeap() {
        return peakHeap;
    }

    /**
     * CPU seconds used during the run by the threads whose name starts with each prefix, the rest
     * of the Java threads under "other".
     */
    Map<String, Double> cpuSeconds(String... prefixes) {
        Map<String, Double> out = new TreeMap<>();
        for (var e : cpuByThread.entrySet()) {
            String name = nameByThread.get(e.getKey());
            String group = "other";
            for (String p : prefixes) if (name.startsWith(p)) group = p;
            double seconds = (e.getValue() - cpuAtStart.getOrDefault(e.getKey(), 0L)) / 1e9;
            out.merge(group, seconds, Double::sum);
        }
        return out;
    }

    private void sample(Map<Long, Long> into) {
        var memory = ManagementFactory.getMemoryMXBean();
        var threads = ManagementFactory.getThreadMXBean();
        peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) continue;
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (cpu < 0) continue;
            into.put(info.getThreadId(), cpu);
            nameByThread.put(info.getThreadId(), info.getThreadName());
        }
    }
}
