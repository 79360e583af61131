package com.loginsessions.application.service;

import com.loginsessions.application.port.in.IntrospectTokenQuery;
import com.loginsessions.application.port.in.IntrospectTokenUseCase;
import com.loginsessions.application.port.in.NotAuthenticatedException;
import com.loginsessions.application.port.in.TokenIntrospection;
import com.loginsessions.application.port.out.TokenVerifier.TokenClaims;

/** RFC 7662 introspection: the caller check, answered as "active" or, for any failure, just "inactive". */
public final class IntrospectTokenService implements IntrospectTokenUseCase {

    private final CallerCheck callerCheck;

    public IntrospectTokenService(CallerCheck callerCheck) {
        this.callerCheck = callerCheck;
    }

    @Override
    public TokenIntrospection introspect(IntrospectTokenQuery query) {
        try {
            TokenClaims claims = callerCheck.confirmClaims(query.token());
            return new TokenIntrospection.Active(claims.userId(), claims.sessionId(), claims.issuer(),
                    claims.audience(), claims.issuedAt(), claims.expiresAt());
        } catch (NotAuthenticatedException notLive) {
            return new TokenIntrospection.Inactive();
        }
    }
}
