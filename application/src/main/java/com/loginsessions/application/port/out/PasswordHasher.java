package com.loginsessions.application.port.out;

import com.loginsessions.domain.PasswordHash;

/** A deliberately slow, salted one-way function for passwords. */
public interface PasswordHasher {

    PasswordHash hash(String password);

    boolean matches(String password, PasswordHash hash);
}
