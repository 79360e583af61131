package com.loginsessions.application.port.in;

import com.loginsessions.domain.Device;
import com.loginsessions.domain.IpAddress;
import com.loginsessions.domain.SessionId;
import java.time.Instant;
import java.util.Objects;

/**
 * One session as its owner sees it in the device list; a read model, so no token hash or other secret can travel
 * with it.
 *
 * @param current whether this is the session that made the request ("this device")
 */
public record SessionView(SessionId id, Device device, IpAddress ipAddress, Instant lastActiveAt, Instant createdAt,
                          Instant expiresAt, boolean current) {

    public SessionView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(ipAddress, "ip address");
        Objects.requireNonNull(lastActiveAt, "last active at");
        Objects.requireNonNull(createdAt, "created at");
        Objects.requireNonNull(expiresAt, "expires at");
    }
}
