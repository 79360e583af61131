package com.loginsessions.bench;

import com.loginsessions.adapter.out.device.UapDeviceDetector;
import com.loginsessions.application.port.DeviceSignals;

/**
 * Prints the cost of detecting a device on the login path: parser start-up, an agent the cache has not seen,
 * and a repeated agent. A timed benchmark kept out of the test run; from the jar:
 * {@code java -cp bench/jmh/target/benchmarks.jar com.loginsessions.bench.DeviceDetectionCost}
 */
public final class DeviceDetectionCost {

    private static final String AGENT = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/124.0.%d.82 Mobile Safari/537.36";

    private DeviceDetectionCost() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        UapDeviceDetector detector = new UapDeviceDetector();
        double startupMs = (System.nanoTime() - start) / 1e6;
        for (int i = 0; i < 20_000; i++) {
            detector.detect(DeviceSignals.userAgentOnly(AGENT.formatted(i)));
        }
        int uncached = 5_000;
        start = System.nanoTime();
        for (int i = 0; i < uncached; i++) {
            detector.detect(DeviceSignals.userAgentOnly(AGENT.formatted(1_000_000 + i)));
        }
        double uncachedUs = (System.nanoTime() - start) / 1e3 / uncached;
        DeviceSignals repeated = DeviceSignals.userAgentOnly(AGENT.formatted(7));
        int cached = 1_000_000;
        start = System.nanoTime();
        for (int i = 0; i < cached; i++) {
            detector.detect(repeated);
        }
        double cachedUs = (System.nanoTime() - start) / 1e3 / cached;
        System.out.printf("parser start-up %.0f ms, uncached parse %.1f us, cached parse %.2f us%n",
                startupMs, uncachedUs, cachedUs);
    }
}
