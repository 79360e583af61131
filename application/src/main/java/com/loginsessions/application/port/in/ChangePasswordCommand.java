package com.loginsessions.application.port.in;

import com.loginsessions.domain.InvalidInputException;
import com.loginsessions.domain.IpAddress;
import com.loginsessions.domain.PasswordPolicy;
import java.util.Objects;

public record ChangePasswordCommand(AuthenticatedSession caller, String currentPassword, String newPassword,
                                    IpAddress ipAddress) {

    public ChangePasswordCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(ipAddress, "ip address");
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw new InvalidInputException("the current password is required");
        }
        if (newPassword == null) {
            throw new InvalidInputException("a new password is required");
        }
        PasswordPolicy.check(newPassword);
    }

    @Override
    public String toString() {
        return "ChangePasswordCommand[caller=" + caller + ", passwords=redacted]";
    }
}
