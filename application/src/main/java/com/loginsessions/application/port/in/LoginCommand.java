package com.loginsessions.application.port.in;

import com.loginsessions.application.port.DeviceSignals;
import com.loginsessions.domain.InvalidInputException;
import com.loginsessions.domain.IpAddress;
import java.util.Objects;

/** Credentials as presented, and where they came from. */
public record LoginCommand(String phone, String password, IpAddress ipAddress, DeviceSignals device) {

    public LoginCommand {
        if (phone == null || phone.isBlank()) {
            throw new InvalidInputException("phone is required");
        }
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("password is required");
        }
        Objects.requireNonNull(ipAddress, "ip address");
        Objects.requireNonNull(device, "device signals");
    }

    @Override
    public String toString() {
        return "LoginCommand[phone=" + phone + ", password=redacted, ipAddress=" + ipAddress + "]";
    }
}
