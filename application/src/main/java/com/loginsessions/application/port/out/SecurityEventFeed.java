package com.loginsessions.application.port.out;

/**
 * The users' own activity feed: a {@link SecurityEvents} sink that keeps what it is given, read back as the
 * {@link SecurityEventHistory}. Other sinks (the log, metrics) only record; this one is the store.
 */
public interface SecurityEventFeed extends SecurityEvents, SecurityEventHistory {
}
