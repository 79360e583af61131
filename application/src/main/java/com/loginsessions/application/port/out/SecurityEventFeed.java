package com.loginsessions.application.port.out;

import com.loginsessions.domain.SecurityEvent;

/**
 * The users' own activity feed, kept in the store: an event is appended in the unit of work of the change it
 * tells of, and read back as the {@link SecurityEventHistory}.
 */
public interface SecurityEventFeed extends SecurityEventHistory {

    void append(SecurityEvent event);
}
