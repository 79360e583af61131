package com.loginsessions.bootstrap.observability;

import com.loginsessions.application.port.out.SecurityEvent;
import com.loginsessions.application.port.out.SecurityEvents;
import java.util.Locale;
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
        StringBuilder line = new StringBuilder("event=").append(event.type().name().toLowerCase(Locale.ROOT));
        line.append(" user=").append(event.userId() == null ? "unknown" : event.userId());
        append(line, "session", event.sessionId());
        append(line, "ip", event.ipAddress());
        if (event.device() != null) {
            quoted(line, "device_os", event.device().os());
            quoted(line, "device_browser", event.device().browser());
            append(line, "device_type", event.device().type().code());
        }
        append(line, "revoked_by", event.revokedBy() == null ? null : event.revokedBy().name().toLowerCase(Locale.ROOT));
        append(line, "count", event.count());
        append(line, "new_device", event.newDevice());
        append(line, "new_ip", event.newIpAddress());
        log.info(line.toString());
    }

    private static void append(StringBuilder line, String key, Object value) {
        if (value != null) {
            line.append(' ').append(key).append('=').append(value);
        }
    }

    private static void quoted(StringBuilder line, String key, String value) {
        line.append(' ').append(key).append("=\"").append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
}
