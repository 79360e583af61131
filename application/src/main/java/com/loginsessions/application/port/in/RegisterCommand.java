package com.loginsessions.application.port.in;

import com.loginsessions.domain.InvalidInputException;
import com.loginsessions.domain.PasswordPolicy;

/** A phone number as the person typed it ("+1 415-555-0123") and the password they chose. */
public record RegisterCommand(String phone, String password) {

    public RegisterCommand {
        if (phone == null || phone.isBlank()) {
            throw new InvalidInputException("phone is required");
        }
        PasswordPolicy.check(password);
    }

    @Override
    public String toString() {
        return "RegisterCommand[phone=" + phone + ", password=redacted]";
    }
}
