package com.loginsessions.bench;

import com.loginsessions.adapter.out.password.Argon2PasswordHasher;
import com.loginsessions.domain.PasswordHash;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Prints the CPU cost of one password verification at the service's Argon2id settings, so the load benchmark can
 * put "CPU per login" next to it. Measured as the login figure is: the whole process's CPU (whatever the JVM does
 * around the native hash, its JNA calls and collector included, belongs to the hash), with as many hashes running
 * at once as the login load has connections (default: one per core). Argon2 is memory-bound, so hashes running
 * together share the caches and memory bandwidth: on 2 cores one hash costs about 23 ms of CPU with 2 running and
 * 25-30 ms with 4, so the two figures are only comparable at the same concurrency. Run it with the service's JVM
 * options, from the jar:
 * {@code java -cp bench/jmh/target/benchmarks.jar com.loginsessions.bench.PasswordHashCost [memoryKib] [iterations] [hashesAtOnce]}
 */
public final class PasswordHashCost {

    private static final int ROUNDS_PER_THREAD = 30;

    private PasswordHashCost() {
    }

    public static void main(String[] args) throws Exception {
        int memoryKib = args.length > 0 ? Integer.parseInt(args[0]) : 19 * 1024;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Argon2PasswordHasher hasher = new Argon2PasswordHasher(memoryKib, iterations);
        PasswordHash hash = hasher.hash("benchmark password");
        verify(hasher, hash, 1, 20);
        System.out.printf("one at a time:             %.1f ms CPU per hash%n", verify(hasher, hash, 1, ROUNDS_PER_THREAD));
        int atOnce = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        double parallel = verify(hasher, hash, atOnce, ROUNDS_PER_THREAD);
        System.out.printf("%d at a time: %.1f ms CPU per hash%n", atOnce, parallel);
        System.out.printf("%.1f%n", parallel);
    }

    /** Process CPU per verification, with {@code threads} verifying at once. */
    private static double verify(Argon2PasswordHasher hasher, PasswordHash hash, int threads, int roundsPerThread)
            throws Exception {
        OperatingSystemMXBean process = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = process.getProcessCpuTime();
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < roundsPerThread; i++) {
                        hasher.matches("benchmark password", hash);
                    }
                }, pool));
            }
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get();
            return (process.getProcessCpuTime() - start) / 1e6 / (threads * roundsPerThread);
        } finally {
            pool.shutdown();
        }
    }
}
