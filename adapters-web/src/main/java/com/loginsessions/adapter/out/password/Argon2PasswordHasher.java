package com.loginsessions.adapter.out.password;

import com.loginsessions.application.port.out.PasswordHasher;
import com.loginsessions.domain.PasswordHash;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id at OWASP's recommended minimum (19 MiB memory, 2 iterations, 1 lane), through Spring Security's
 * encoder on Bouncy Castle. Argon2 reads the whole password, unlike bcrypt's 72-byte cut-off.
 */
public class Argon2PasswordHasher implements PasswordHasher {

    private final Argon2PasswordEncoder encoder;

    public Argon2PasswordHasher(int memoryKib, int iterations) {
        this.encoder = new Argon2PasswordEncoder(16, 32, 1, memoryKib, iterations);
    }

    public static Argon2PasswordHasher owaspDefaults() {
        return new Argon2PasswordHasher(19 * 1024, 2);
    }

    @Override
    public PasswordHash hash(String password) {
        return new PasswordHash(encoder.encode(password));
    }

    @Override
    public boolean matches(String password, PasswordHash hash) {
        return encoder.matches(password, hash.encoded());
    }
}
