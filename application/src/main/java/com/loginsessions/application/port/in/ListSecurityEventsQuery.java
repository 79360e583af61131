package com.loginsessions.application.port.in;

import com.loginsessions.domain.InvalidInputException;
import java.util.Objects;

/** @param page zero-based page number; @param size events per page, 1 to {@link #MAX_SIZE} */
public record ListSecurityEventsQuery(AuthenticatedSession caller, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 10_000;

    public ListSecurityEventsQuery {
        Objects.requireNonNull(caller, "caller");
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidInputException("page must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size must be between 1 and " + MAX_SIZE);
        }
    }
}
