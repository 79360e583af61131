package com.loginsessions.application.port.in;

public interface IntrospectTokenUseCase {

    /**
     * By the same caller rule as every authenticated request, and with the same activity update.
     *
     * @throws com.loginsessions.application.port.StoreUnavailableException the answer cannot be known right now
     */
    TokenIntrospection introspect(IntrospectTokenQuery query);
}
