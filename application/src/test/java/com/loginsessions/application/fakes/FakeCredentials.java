package com.loginsessions.application.fakes;

import com.loginsessions.application.port.DeviceSignals;
import com.loginsessions.application.port.out.DeviceDetector;
import com.loginsessions.application.port.out.PasswordHasher;
import com.loginsessions.application.port.out.PhoneNumberNormalizer;
import com.loginsessions.application.port.out.TokenIssuer;
import com.loginsessions.application.port.out.TokenVerifier;
import com.loginsessions.domain.Device;
import com.loginsessions.domain.DeviceType;
import com.loginsessions.domain.PasswordHash;
import com.loginsessions.domain.PhoneNumber;
import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Simple stand-ins for the credential adapters, so use-case tests run in microseconds. */
public final class FakeCredentials {

    private FakeCredentials() {
    }

    /**
     * Counts hashing work, so tests can prove an unknown phone costs exactly as much as a known one; can run
     * something while it checks a password, to put a concurrent change right inside that slow step.
     */
    public static final class CountingHasher implements PasswordHasher {
        public final AtomicInteger verifications = new AtomicInteger();
        private final AtomicReference<Runnable> duringNextCheck = new AtomicReference<>();

        @Override
        public PasswordHash hash(String password) {
            return new PasswordHash("reversed:" + new StringBuilder(password).reverse() + ":" + UUID.randomUUID());
        }

        @Override
        public boolean matches(String password, PasswordHash hash) {
            verifications.incrementAndGet();
            boolean matches = hash.encoded().startsWith("reversed:" + new StringBuilder(password).reverse() + ":");
            Runnable meanwhile = duringNextCheck.getAndSet(null);
            if (meanwhile != null) {
                meanwhile.run();
            }
            return matches;
        }

        public void duringNextCheck(Runnable meanwhile) {
            duringNextCheck.set(meanwhile);
        }
    }

    /** Drops spaces, dashes and brackets; anything else not E.164 is rejected. */
    public static final class SimplePhoneNumbers implements PhoneNumberNormalizer {
        @Override
        public Optional<PhoneNumber> normalize(String typed) {
            String compact = typed.replaceAll("[\\s()-]", "");
            return compact.matches("\\+[1-9][0-9]{6,14}") ? Optional.of(new PhoneNumber(compact)) : Optional.empty();
        }

        @Override
        public boolean lacksCountryCode(String typed) {
            return !typed.isBlank() && !typed.strip().startsWith("+");
        }
    }

    /** Issues opaque random tokens and remembers what they stand for; verification fails once they expire. */
    public static final class MemoryTokens implements TokenIssuer, TokenVerifier {
        private final Map<String, Issued> issued = new ConcurrentHashMap<>();

        private record Issued(TokenClaims claims, Instant expiresAt) {
        }

        @Override
        public IssuedToken issue(UserId userId, SessionId sessionId, Instant now, Instant expiresAt) {
            String value = "token-" + UUID.randomUUID();
            issued.put(value, new Issued(new TokenClaims(userId, sessionId, "session-service", "session-service", now,
                    expiresAt), expiresAt));
            return new IssuedToken(value, expiresAt);
        }

        @Override
        public Optional<TokenClaims> verify(String token, Instant now) {
            Issued found = issued.get(token);
            return found == null || !now.isBefore(found.expiresAt()) ? Optional.empty() : Optional.of(found.claims());
        }
    }

    public static final class FixedDevice implements DeviceDetector {
        public static final Device PHONE = new Device("iOS 17", "Mobile Safari 17", DeviceType.MOBILE);

        @Override
        public Device detect(DeviceSignals signals) {
            return PHONE;
        }
    }
}
