package com.loginsessions.adapter.out.observability;

import com.loginsessions.application.port.out.SecurityEvents;
import com.loginsessions.domain.Device;
import com.loginsessions.domain.IpAddress;
import com.loginsessions.domain.SecurityEvent;
import com.loginsessions.domain.SecurityEvent.LoggedOut;
import com.loginsessions.domain.SecurityEvent.LoginFailed;
import com.loginsessions.domain.SecurityEvent.LoginSucceeded;
import com.loginsessions.domain.SecurityEvent.LoginThrottled;
import com.loginsessions.domain.SecurityEvent.OtherSessionsRevoked;
import com.loginsessions.domain.SecurityEvent.PasswordChangeFailed;
import com.loginsessions.domain.SecurityEvent.PasswordChanged;
import com.loginsessions.domain.SecurityEvent.SessionRevoked;
import com.loginsessions.domain.SessionId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per event on the {@code security} logger, as key=value pairs that log shippers parse: ids, IP,
 * device, outcome details. Never a token, a password or a phone number. Device names are stripped of control
 * characters by the domain and quoted here, so a hostile user agent cannot break or forge a line.
 */
final class LoggingSecurityEvents implements SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger("security");

    @Override
    public void record(SecurityEvent event) {
        if (!log.isInfoEnabled()) {
            return;
        }
        StringBuilder line = new StringBuilder("event=").append(event.kind());
        line.append(" user=").append(event.account().map(Object::toString).orElse("unknown"));
        switch (event) {
            case LoginSucceeded e -> {
                ofSession(line, e.sessionId(), e.ipAddress(), e.device());
                append(line, "new_device", e.newDevice());
                append(line, "new_ip", e.newIpAddress());
            }
            case LoginFailed e -> append(line, "ip", e.ipAddress());
            case LoginThrottled e -> {
                append(line, "ip", e.ipAddress());
                append(line, "count", e.attempts());
            }
            case LoggedOut e -> ofSession(line, e.sessionId(), e.ipAddress(), e.device());
            case SessionRevoked e -> {
                ofSession(line, e.sessionId(), e.ipAddress(), e.device());
                append(line, "revoked_by", e.revokedBy().code());
            }
            case OtherSessionsRevoked e -> {
                append(line, "session", e.bySessionId());
                append(line, "revoked_by", e.revokedBy().code());
                append(line, "count", e.count());
            }
            case PasswordChanged e -> {
                append(line, "session", e.sessionId());
                append(line, "ip", e.ipAddress());
                append(line, "revoked_by", e.revokedBy().code());
                append(line, "count", e.sessionsSignedOut());
            }
            case PasswordChangeFailed e -> append(line, "ip", e.ipAddress());
        }
        log.info(line.toString());
    }

    private static void ofSession(StringBuilder line, SessionId session, IpAddress ip, Device device) {
        append(line, "session", session);
        append(line, "ip", ip);
        quoted(line, "device_os", device.os());
        quoted(line, "device_browser", device.browser());
        append(line, "device_type", device.type().code());
    }

    private static void append(StringBuilder line, String key, Object value) {
        line.append(' ').append(key).append('=').append(value);
    }

    private static void quoted(StringBuilder line, String key, String value) {
        line.append(' ').append(key).append("=\"").append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
}
