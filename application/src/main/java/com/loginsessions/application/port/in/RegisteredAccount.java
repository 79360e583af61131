package com.loginsessions.application.port.in;

import com.loginsessions.domain.PhoneNumber;
import com.loginsessions.domain.UserId;
import java.time.Instant;
import java.util.Objects;

/** A new account as its creator sees it; a read model, so no password hash can travel with it. */
public record RegisteredAccount(UserId id, PhoneNumber phone, Instant createdAt) {

    public RegisteredAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(createdAt, "created at");
    }
}
