package com.loginsessions.adapter.out.password;

import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.domain.PasswordHash;
import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher(19 * 1024, 2); // the OWASP minimum, the service's default

    @Test
    void hashes_are_salted_argon2id_at_owasp_parameters_and_verify() {
        PasswordHash first = hasher.hash("correct horse battery");
        PasswordHash second = hasher.hash("correct horse battery");

        assertThat(first.encoded()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches("correct horse battery", first)).isTrue();
        assertThat(hasher.matches("correct horse batterY", first)).isFalse();
    }

    /** Made by the earlier Java implementation (Spring Security's encoder on Bouncy Castle): no user must reset. */
    @Test
    void hashes_stored_before_the_switch_to_the_native_implementation_still_verify() {
        PasswordHash stored = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$l6V+J+bZAnpupZfcIbKvbQ$nhp2rHMnEH4llcw0GpNIHacSYMzy2+D5uYvk8OUTD1o");

        assertThat(hasher.matches("benchmark password", stored)).isTrue();
        assertThat(hasher.matches("benchmark passwort", stored)).isFalse();
    }

    @Test
    void non_ascii_passwords_are_hashed_as_utf_8() {
        PasswordHash hash = hasher.hash("pässwörd 密码 🔑");

        assertThat(hasher.matches("pässwörd 密码 🔑", hash)).isTrue();
        assertThat(hasher.matches("passwort 密码 🔑", hash)).isFalse();
    }

    @Test
    void every_character_of_a_long_password_counts() {
        String base = "p".repeat(100);
        PasswordHash hash = hasher.hash(base + "a");

        assertThat(hasher.matches(base + "b", hash)).isFalse();
    }
}
