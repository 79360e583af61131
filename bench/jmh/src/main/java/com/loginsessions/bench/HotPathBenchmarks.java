package com.loginsessions.bench;

import com.loginsessions.adapter.out.device.UapDeviceDetector;
import com.loginsessions.adapter.out.token.JwtTokens;
import com.loginsessions.adapter.out.token.SigningKey;
import com.loginsessions.application.port.DeviceSignals;
import com.loginsessions.application.port.out.TokenVerifier.TokenClaims;
import com.loginsessions.domain.Device;
import com.loginsessions.domain.DeviceType;
import com.loginsessions.domain.IpAddress;
import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.TokenHash;
import com.loginsessions.domain.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** The in-memory steps of an authenticated request and of a login, each on its own. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HotPathBenchmarks {

    private static final Instant NOW = Instant.parse("2026-05-21T04:32:17Z");
    private static final int DISTINCT = 120_000;
    // state fields, not constants the JIT could fold: built from strings as a row read builds them
    private String rowAddress = "198.51.100.7";
    private String rowOs = "Android 14";
    private String rowBrowser = "Chrome 124";
    private String rowModel = "Pixel 8";
    private static final String AGENT = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/124.0.%d.82 Mobile Safari/537.36";

    private JwtTokens tokens;
    private String token;
    private String[] distinctTokens;
    private UapDeviceDetector detector;
    private DeviceSignals repeatedAgent;
    private DeviceSignals[] distinctAgents;
    private int next;

    @Setup
    public void setUp() {
        tokens = new JwtTokens("session-service", "session-service", SigningKey.random(), List.of());
        token = tokens.issue(UserId.newId(), SessionId.newId(), NOW, NOW.plus(Duration.ofDays(90))).value();
        distinctTokens = new String[DISTINCT];
        for (int i = 0; i < DISTINCT; i++) {
            distinctTokens[i] = tokens.issue(UserId.newId(), SessionId.newId(), NOW, NOW.plus(Duration.ofDays(90))).value();
        }
        detector = new UapDeviceDetector();
        repeatedAgent = DeviceSignals.userAgentOnly(AGENT.formatted(1));
        distinctAgents = new DeviceSignals[DISTINCT];
        for (int i = 0; i < DISTINCT; i++) {
            distinctAgents[i] = DeviceSignals.userAgentOnly(AGENT.formatted(i));
        }
    }

    /** A client's repeated token: answered from the verified-token cache. */
    @Benchmark
    public Optional<TokenClaims> jwtVerifyRepeatedToken() {
        return tokens.verify(token, NOW);
    }

    /** Tokens seen once: full parse, HMAC-SHA256 and claim checks (the cache holds 50,000, cycled past here). */
    @Benchmark
    public Optional<TokenClaims> jwtVerifyNewToken() {
        next = (next + 1) % DISTINCT;
        return tokens.verify(distinctTokens[next], NOW);
    }

    @Benchmark
    public TokenHash sha256OfToken() {
        return TokenHash.of(token);
    }

    @Benchmark
    public Device userAgentRepeated() {
        return detector.detect(repeatedAgent);
    }

    /** Agents seen once (the cache holds 10,000, cycled past here). */
    @Benchmark
    public Device userAgentNew() {
        next = (next + 1) % DISTINCT;
        return detector.detect(distinctAgents[next]);
    }

    /** The value objects each row of a session listing is read into (they validate what the database holds). */
    @Benchmark
    public void sessionRowValues(Blackhole consumed) {
        consumed.consume(new IpAddress(rowAddress));
        consumed.consume(new Device(rowOs, rowBrowser, DeviceType.MOBILE, Optional.of(rowModel)));
    }
}
