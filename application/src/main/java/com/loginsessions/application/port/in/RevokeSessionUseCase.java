package com.loginsessions.application.port.in;

public interface RevokeSessionUseCase {

    /**
     * Signs one of the caller's sessions out (the caller's own included); its token fails from the next request on.
     *
     * @throws SessionNotFoundException no such live session belongs to the caller
     */
    void revokeSession(RevokeSessionCommand command);
}
