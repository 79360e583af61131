package com.loginsessions.application.port.in;

public interface ListSecurityEventsUseCase {

    /** The caller's own recent security activity, newest first. */
    SecurityEventPage listSecurityEvents(ListSecurityEventsQuery query);
}
