package com.loginsessions.adapter.out.password;

import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.domain.PasswordHash;
import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {

    private final Argon2PasswordHasher hasher = Argon2PasswordHasher.owaspDefaults();

    @Test
    void hashes_are_salted_argon2id_at_owasp_parameters_and_verify() {
        PasswordHash first = hasher.hash("correct horse battery");
        PasswordHash second = hasher.hash("correct horse battery");

        assertThat(first.encoded()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches("correct horse battery", first)).isTrue();
        assertThat(hasher.matches("correct horse batterY", first)).isFalse();
    }

    @Test
    void every_character_of_a_long_password_counts() {
        String base = "p".repeat(100);
        PasswordHash hash = hasher.hash(base + "a");

        assertThat(hasher.matches(base + "b", hash)).isFalse();
    }
}
