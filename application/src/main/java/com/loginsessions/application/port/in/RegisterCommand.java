package com.loginsessions.application.port.in;

import com.loginsessions.domain.InvalidInputException;
import com.loginsessions.domain.IpAddress;
import com.loginsessions.domain.PasswordPolicy;
import java.util.Objects;

/** A phone number as the person typed it ("+1 415-555-0123"), the password they chose, and where they are. */
public record RegisterCommand(String phone, String password, IpAddress ipAddress) {

    public RegisterCommand {
        if (phone == null || phone.isBlank()) {
            throw new InvalidInputException("phone is required");
        }
        PasswordPolicy.check(password);
        Objects.requireNonNull(ipAddress, "ip address");
    }

    @Override
    public String toString() {
        return "RegisterCommand[phone=" + phone + ", password=redacted]";
    }
}
