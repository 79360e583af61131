package com.loginsessions.application.port.out;

import com.loginsessions.domain.UserId;
import java.util.List;

/** The stored events of one user, newest first. */
public interface SecurityEventHistory {

    List<SecurityEvent> recentOf(UserId userId, int offset, int limit);
}
