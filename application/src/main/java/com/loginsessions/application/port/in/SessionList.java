package com.loginsessions.application.port.in;

import java.util.List;

/** One user's live sessions in display order: the caller's first, then the most recently active. */
public record SessionList(List<SessionView> sessions) {

    public SessionList {
        sessions = List.copyOf(sessions);
    }
}
