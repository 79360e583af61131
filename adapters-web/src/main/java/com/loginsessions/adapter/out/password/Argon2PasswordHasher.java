package com.loginsessions.adapter.out.password;

import com.loginsessions.application.port.out.PasswordHasher;
import com.loginsessions.domain.PasswordHash;
import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;
import java.nio.charset.StandardCharsets;

/**
 * Argon2id at OWASP's recommended minimum (19 MiB memory, 2 iterations, 1 lane), computed by the reference C
 * implementation (argon2-jvm, through JNA) with a 16-byte salt and a 32-byte hash, stored in the standard encoded
 * form ({@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}). Argon2 reads the whole password, unlike bcrypt's 72-byte
 * cut-off. Native rather than a Java implementation: a hash costs less CPU, and its 19 MiB are malloc'ed and freed
 * outside the Java heap, where a Java implementation allocates 19,456 one-KiB blocks per hash that the garbage
 * collector then copies while hashes are in flight (the measurements are in the README's library table).
 */
public class Argon2PasswordHasher implements PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int LANES = 1;

    private final Argon2 argon2 = Argon2Factory.create(Argon2Types.ARGON2id, SALT_BYTES, HASH_BYTES);
    private final int memoryKib;
    private final int iterations;

    public Argon2PasswordHasher(int memoryKib, int iterations) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
    }

    @Override
    public PasswordHash hash(String password) {
        return new PasswordHash(argon2.hash(iterations, memoryKib, LANES, password.toCharArray(), StandardCharsets.UTF_8));
    }

    /** Verifies with the parameters stored in the hash, so hashes made under earlier settings keep working. */
    @Override
    public boolean matches(String password, PasswordHash hash) {
        return argon2.verify(hash.encoded(), password.toCharArray(), StandardCharsets.UTF_8);
    }
}
