package com.loginsessions.bootstrap.tools;

import com.loginsessions.adapter.out.password.Argon2PasswordHasher;
import com.loginsessions.domain.PasswordHash;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import com.sun.management.OperatingSystemMXBean;

/**
 * Prints the CPU cost of one password verification at the service's Argon2id settings, so the load benchmark can
 * put "CPU per login" next to it. The cost is the whole process's CPU, as the login figure is: Argon2's 19 MiB
 * of memory per hash (19,456 one-KiB blocks) makes garbage-collector work that belongs to the hash. Run it with the
 * service's JVM options, from the jar:
 * {@code java -cp session-service.jar -Dloader.main=com.loginsessions.bootstrap.tools.PasswordHashCost
 * org.springframework.boot.loader.launch.PropertiesLauncher [memoryKib] [iterations]}
 */
public final class PasswordHashCost {

    private PasswordHashCost() {
    }

    public static void main(String[] args) {
        int memoryKib = args.length > 0 ? Integer.parseInt(args[0]) : 19 * 1024;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Argon2PasswordHasher hasher = new Argon2PasswordHasher(memoryKib, iterations);
        PasswordHash hash = hasher.hash("benchmark password");
        for (int i = 0; i < 20; i++) {
            hasher.matches("benchmark password", hash);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean process = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int rounds = 50;
        long threadStart = threads.getCurrentThreadCpuTime();
        long processStart = process.getProcessCpuTime();
        for (int i = 0; i < rounds; i++) {
            hasher.matches("benchmark password", hash);
        }
        double threadMs = (threads.getCurrentThreadCpuTime() - threadStart) / 1e6 / rounds;
        double processMs = (process.getProcessCpuTime() - processStart) / 1e6 / rounds;
        System.out.printf("hashing thread only: %.1f ms%n", threadMs);
        System.out.printf("%.1f%n", processMs);
    }
}
