package com.loginsessions.application.service;

import com.loginsessions.application.port.in.TooManyAttemptsException;
import com.loginsessions.application.port.out.AttemptThrottle;
import com.loginsessions.application.port.out.AttemptThrottle.Admission;
import com.loginsessions.application.port.out.AttemptThrottle.Outcome;
import com.loginsessions.application.port.out.AttemptThrottle.ThrottleKey;
import com.loginsessions.application.port.out.UnitOfWork;
import com.loginsessions.domain.IpAddress;
import com.loginsessions.domain.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Brute-force limits (OWASP ASVS 6.3, and the OWASP authentication cheat sheet's "lockout without denial of
 * service"). A sign-in attempt is counted, before its password is checked, against three keys in a fixed window:
 * <ul>
 *   <li>the phone number from this client network (a low limit: one stranger's guesses),</li>
 *   <li>the phone number from anywhere (a much higher limit: many strangers together),</li>
 *   <li>the client network (any numbers: one source spraying many accounts).</li>
 * </ul>
 * A client network is an IPv4 address or an IPv6 prefix (a /64 by default, what one subscriber owns). The phone
 * number is counted as typed, normalised when possible, so unknown numbers are counted exactly like real ones.
 * An attempt is admitted before its password is checked and is "in flight" until it is done; attempts in flight
 * take room under the limits, so a parallel burst never has more guesses evaluated than a limit (the rest wait
 * for the first to finish, then are refused). An attempt past any limit is refused with a retry time whether or
 * not the password is right, and is not counted against the other keys. A successful sign-in counts nowhere and
 * clears the failures of its number from its network. When a window ends the count starts over, so nobody is
 * locked out for good. A signed-in user's password change counts against that session alone, so strangers can
 * never block it.
 */
public final class ThrottlePolicy {

    private static final Duration WAIT_STEP = Duration.ofMillis(20);
    private static final Duration MAX_WAIT_FOR_ROOM = Duration.ofSeconds(5);

    private final AttemptThrottle throttle;
    private final UnitOfWork unitOfWork;
    private final Limits limits;

    /**
     * @param perPhoneAndNetwork failed sign-ins allowed for one number from one network in a window
     * @param perPhone           failed sign-ins allowed for one number from all networks together
     * @param perNetwork         failed sign-ins allowed from one network, whatever the numbers
     * @param signUpsPerNetwork  sign-ups allowed from one network (each costs a password hash)
     * @param perSession         wrong current passwords allowed per session on a password change
     * @param ipv6PrefixLength   how many leading bits of an IPv6 address make its network
     */
    public record Limits(int perPhoneAndNetwork, int perPhone, int perNetwork, int signUpsPerNetwork, int perSession,
                         int ipv6PrefixLength, Duration window) {

        public Limits {
            if (perPhoneAndNetwork < 1 || perPhone < 1 || perNetwork < 1 || signUpsPerNetwork < 1 || perSession < 1
                    || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("throttle limits must be positive");
            }
            if (ipv6PrefixLength < 1 || ipv6PrefixLength > 128) {
                throw new IllegalArgumentException("the IPv6 prefix length must be 1 to 128");
            }
        }
    }

    /**
     * The keys one sign-in attempt counts against, and where its refusals are counted: on the number when a limit of
     * the number refused it, on the network when the network's did (so a network spraying random numbers past its
     * limit adds no row per number).
     */
    record SignInKeys(ThrottleKey phoneFromNetwork, ThrottleKey phone, ThrottleKey network, ThrottleKey phoneRefusals,
                      ThrottleKey networkRefusals) {

        List<ThrottleKey> limited() {
            return List.of(phoneFromNetwork, phone, network);
        }
    }

    public ThrottlePolicy(AttemptThrottle throttle, UnitOfWork unitOfWork, Limits limits) {
        this.throttle = throttle;
        this.unitOfWork = unitOfWork;
        this.limits = limits;
    }

    SignInKeys signInKeys(String phoneAsKeyed, IpAddress address) {
        String phone = phoneAsKeyed.strip().toLowerCase(Locale.ROOT);
        String network = address.network(limits.ipv6PrefixLength());
        return new SignInKeys(
                key("pair:", network + "|" + phone, limits.perPhoneAndNetwork()),
                key("phone:", phone, limits.perPhone()),
                key("ip:", network, limits.perNetwork()),
                key("refused:", phone, Integer.MAX_VALUE),
                key("refused-network:", network, Integer.MAX_VALUE));
    }

    private ThrottleKey signUpKey(IpAddress address) {
        return key("signup:", address.network(limits.ipv6PrefixLength()), limits.signUpsPerNetwork());
    }

    ThrottleKey passwordChangeKey(SessionId session) {
        return key("password:", session.toString(), limits.perSession());
    }

    /**
     * Admits the attempt on every key, or on none: in one unit of work, keys in a fixed order (so two attempts never
     * wait on each other's locks in a cycle). While the keys' room is taken by attempts being evaluated right now,
     * waits for them to finish (they take milliseconds): parallel attempts of a legitimate client are served in
     * turn, and a burst of guesses is refused as soon as the guesses in flight have failed.
     *
     * @return the admitted attempt, to be finished exactly once
     * @throws TooManyAttemptsException when a key has used up its attempts
     */
    private Attempt admit(List<ThrottleKey> keys, Instant now) {
        List<ThrottleKey> ordered = keys.stream().sorted(Comparator.comparing(ThrottleKey::value)).toList();
        long deadline = System.nanoTime() + MAX_WAIT_FOR_ROOM.toNanos();
        boolean leftoversAbandoned = false;
        while (true) {
            Begun begun = unitOfWork.inTransaction(() -> beginAll(ordered, now));
            if (begun.admission() instanceof Admission.Admitted) {
                return new Attempt(ordered);
            }
            if (begun.admission() instanceof Admission.Refused refused) {
                throw new RefusedAttempt(begun.lastKey(), refused.retryAfter());
            }
            if (System.nanoTime() - deadline > 0) {
                if (leftoversAbandoned) {
                    throw new TooManyAttemptsException(Duration.ofSeconds(1));
                }
                ordered.forEach(throttle::abandonInFlight);
                leftoversAbandoned = true;
                continue;
            }
            pause();
        }
    }

    /**
     * One throttled attempt: admitted on every key (see {@link #admit}), then decided by {@code evaluation}. A result
     * means it succeeded: it counts nowhere and {@code clearedOnSuccess} forgets its failures. Empty means it
     * failed: it counts on every key, and {@code recordFailure} runs in the same unit of work, so a failure is
     * counted and recorded together (one commit, the same work whether or not the account exists). An evaluation
     * that throws (the store is down) counts nowhere.
     *
     * @throws TooManyAttemptsException when a key has used up its attempts; {@code evaluation} does not run then
     */
    <T> Optional<T> attempt(List<ThrottleKey> keys, ThrottleKey clearedOnSuccess, Instant now,
                            Supplier<Optional<T>> evaluation, Runnable recordFailure) {
        Attempt attempt = admit(keys, now);
        Optional<T> outcome;
        try {
            outcome = evaluation.get();
        } catch (RuntimeException e) {
            attempt.abandoned(e);
            throw e;
        }
        if (outcome.isPresent()) {
            attempt.succeeded(clearedOnSuccess);
        } else {
            unitOfWork.inTransaction(() -> {
                attempt.counts();
                recordFailure.run();
                return null;
            });
        }
        return outcome;
    }

    /** {@link #attempt} for a check that yields nothing but whether it passed. */
    boolean check(List<ThrottleKey> keys, ThrottleKey clearedOnSuccess, Instant now, BooleanSupplier evaluation,
                  Runnable recordFailure) {
        return attempt(keys, clearedOnSuccess, now,
                () -> evaluation.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.<Boolean>empty(),
                recordFailure).isPresent();
    }

    /** Counts one sign-up from {@code address}, unless its network has used up its sign-ups. */
    void countSignUp(IpAddress address, Instant now) {
        admit(List.of(signUpKey(address)), now).counts();
    }

    private Begun beginAll(List<ThrottleKey> ordered, Instant now) {
        for (int i = 0; i < ordered.size(); i++) {
            ThrottleKey key = ordered.get(i);
            Admission admission = throttle.tryBegin(key, now);
            if (!(admission instanceof Admission.Admitted)) {
                ordered.subList(0, i).forEach(admitted -> throttle.finish(admitted, Outcome.FREE));
                return new Begun(admission, key);
            }
        }
        return new Begun(new Admission.Admitted(), ordered.get(ordered.size() - 1));
    }

    /** @param lastKey the key that gave {@code admission}: the one that refused, when it refused */
    private record Begun(Admission admission, ThrottleKey lastKey) {
    }

    /** A refusal that knows which key refused it. */
    private static final class RefusedAttempt extends TooManyAttemptsException {

        private final transient ThrottleKey refusedBy;

        RefusedAttempt(ThrottleKey refusedBy, Duration retryAfter) {
            super(retryAfter);
            this.refusedBy = refusedBy;
        }
    }

    /** Real time, not the use case's clock: this waits for other requests' work. */
    private static void pause() {
        try {
            Thread.sleep(WAIT_STEP.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TooManyAttemptsException(Duration.ofSeconds(1));
        }
    }

    /** An attempt admitted on some keys, finished exactly once. */
    private final class Attempt {

        private final List<ThrottleKey> keys;

        private Attempt(List<ThrottleKey> keys) {
            this.keys = keys;
        }

        /** It failed (or, for a sign-up, it happened): it counts on every key. */
        void counts() {
            keys.forEach(key -> throttle.finish(key, Outcome.COUNTS));
        }

        /** It could not be evaluated ({@code failure}): it counts nowhere. */
        void abandoned(RuntimeException failure) {
            try {
                keys.forEach(key -> throttle.finish(key, Outcome.FREE));
            } catch (RuntimeException alsoFailed) {
                failure.addSuppressed(alsoFailed); // the store is down: its leftovers are abandoned later
            }
        }

        /** It succeeded: it counts nowhere, and {@code cleared} forgets its counted attempts. */
        void succeeded(ThrottleKey cleared) {
            keys.forEach(key -> throttle.finish(key, key.equals(cleared) ? Outcome.CLEARS : Outcome.FREE));
        }
    }

    /**
     * Counts a refused sign-in on the number when one of the number's limits refused it (that number already has
     * counters, so this adds no row of its own), otherwise on the client network.
     */
    SignInRefusal refusedSignIn(SignInKeys keys, TooManyAttemptsException refusal, Instant now) {
        boolean ofTheNumber = refusal instanceof RefusedAttempt refused && !refused.refusedBy.equals(keys.network());
        return new SignInRefusal(ofTheNumber,
                throttle.countUnlimited(ofTheNumber ? keys.phoneRefusals() : keys.networkRefusals(), now));
    }

    /**
     * @param ofTheNumber whether a limit of the number itself refused it (not the network's, whatever the number)
     * @param attempts    refusals counted so far in the window where this one was counted, this one included
     */
    record SignInRefusal(boolean ofTheNumber, int attempts) {
    }

    void purgeEnded(Instant now) {
        throttle.purgeEnded(now.minus(limits.window()));
    }

    private ThrottleKey key(String kind, String value, int limit) {
        String key = kind + value;
        return new ThrottleKey(key.length() > ThrottleKey.MAX_LENGTH ? key.substring(0, ThrottleKey.MAX_LENGTH) : key,
                limit, limits.window());
    }
}
