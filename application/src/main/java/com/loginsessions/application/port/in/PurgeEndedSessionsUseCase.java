package com.loginsessions.application.port.in;

public interface PurgeEndedSessionsUseCase {

    /**
     * Deletes sessions that have expired (idle or past their absolute lifetime) and ended throttle windows, in
     * small batches; safe to run on every instance at once.
     *
     * @return how many sessions were deleted
     */
    int purgeEnded(PurgeEndedSessionsCommand command);
}
