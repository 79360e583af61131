package com.loginsessions.application.port.out;

import com.loginsessions.domain.SecurityEvent;

/** Where security events go: the user's activity feed, the log, metrics. */
public interface SecurityEvents {

    void record(SecurityEvent event);
}
