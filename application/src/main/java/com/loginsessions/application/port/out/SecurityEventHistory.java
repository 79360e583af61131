package com.loginsessions.application.port.out;

import com.loginsessions.domain.SecurityEvent;
import com.loginsessions.domain.UserId;
import java.time.Instant;
import java.util.List;

/** The stored events of one user, newest first. */
public interface SecurityEventHistory {

    List<SecurityEvent> recentOf(UserId userId, int offset, int limit);

    /**
     * Deletes up to {@code batchSize} events that occurred before {@code before}, skipping rows a concurrent purge
     * holds. @return how many
     */
    int purgeOlderThan(Instant before, int batchSize);
}
