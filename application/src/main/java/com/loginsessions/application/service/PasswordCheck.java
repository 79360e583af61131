package com.loginsessions.application.service;

import com.loginsessions.application.port.out.PasswordHasher;
import com.loginsessions.domain.PasswordHash;
import com.loginsessions.domain.PasswordPolicy;
import com.loginsessions.domain.SessionId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The one way a typed password is compared with an account's: exactly one hash verification whatever the outcome,
 * against a decoy when there is no account, so timing does not tell whether a number has one; a password longer
 * than any account can have fails without being hashed.
 */
public final class PasswordCheck {

    private final PasswordHasher hasher;
    /** Verified against when there is no account. Hashed in the background: start-up need not wait for a hash. */
    private final CompletableFuture<PasswordHash> decoyHash;

    public PasswordCheck(PasswordHasher hasher) {
        this.hasher = hasher;
        this.decoyHash = CompletableFuture.supplyAsync(
                () -> hasher.hash("decoy password that no account has " + SessionId.newId()));
    }

    boolean matches(String password, Optional<PasswordHash> accountHash) {
        if (PasswordPolicy.isImpossiblyLong(password)) {
            return false;
        }
        boolean matches = hasher.matches(password, accountHash.orElseGet(decoyHash::join));
        return matches && accountHash.isPresent();
    }
}
