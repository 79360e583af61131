package com.loginsessions.application.service;

import com.loginsessions.application.port.in.NotAuthenticatedException;
import com.loginsessions.application.port.out.TokenVerifier;
import com.loginsessions.application.port.out.TokenVerifier.TokenClaims;
import com.loginsessions.domain.TokenHash;
import java.time.Instant;

/**
 * An access token whose signature and expiry were checked, with the hash the store knows it by. Whether its session
 * is still live is for the store to say, in the same statement as whatever the request reads.
 */
record PresentedToken(TokenClaims claims, TokenHash hash) {

    static PresentedToken verify(TokenVerifier verifier, String accessToken, Instant now) {
        TokenClaims claims = verifier.verify(accessToken, now)
                .orElseThrow(() -> new NotAuthenticatedException("the access token is invalid or expired"));
        return new PresentedToken(claims, TokenHash.of(accessToken));
    }
}
