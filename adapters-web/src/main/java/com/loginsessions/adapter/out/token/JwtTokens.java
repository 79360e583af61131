package com.loginsessions.adapter.out.token;

import com.loginsessions.application.port.out.TokenIssuer;
import com.loginsessions.application.port.out.TokenVerifier;
import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.UserId;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens as JWTs (RFC 9068 shape) signed with HS256 through nimbus-jose-jwt. Verification follows RFC 8725:
 * the algorithm and type are pinned, the key is chosen only by a known {@code kid} (never by {@code jku}, {@code x5u},
 * {@code jwk} or {@code x5c}), the signature is checked before any claim is read, then issuer, audience and times.
 */
public class JwtTokens implements TokenIssuer, TokenVerifier {

    static final JOSEObjectType ACCESS_TOKEN_TYPE = new JOSEObjectType("at+jwt");
    static final String SESSION_CLAIM = "sid";
    /** Far longer than any token this service issues; anything bigger is rejected before parsing. */
    static final int MAX_TOKEN_LENGTH = 4096;
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final String issuer;
    private final String audience;
    private final String signingKeyId;
    private final JWSSigner signer;
    private final Map<String, JWSVerifier> verifiers = new HashMap<>();
    /**
     * Tokens already verified, so the per-request check skips parsing and the HMAC for a client's repeated token.
     * Holds only what a full verification accepted; expiry is still checked on every use. Bounded: when full it
     * is cleared, which costs one full verification per token afterwards.
     */
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_TOKENS = 50_000;

    private record Verified(TokenClaims claims, Instant expiresAt) {
    }

    public JwtTokens(String issuer, String audience, SigningKey signingKey, List<SigningKey> verificationOnlyKeys) {
        this.issuer = issuer;
        this.audience = audience;
        this.signingKeyId = signingKey.keyId();
        try {
            this.signer = new MACSigner(signingKey.secret());
            verifiers.put(signingKey.keyId(), new MACVerifier(signingKey.secret()));
            for (SigningKey key : verificationOnlyKeys) {
                verifiers.put(key.keyId(), new MACVerifier(key.secret()));
            }
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable HS256 key", e);
        }
    }

    @Override
    public IssuedToken issue(UserId userId, SessionId sessionId, Instant now, Instant expiresAt) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256)
                .type(ACCESS_TOKEN_TYPE)
                .keyID(signingKeyId)
                .build();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(userId.toString())
                .claim(SESSION_CLAIM, sessionId.toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing failed", e);
        }
        return new IssuedToken(jwt.serialize(), expiresAt);
    }

    @Override
    public Optional<TokenClaims> verify(String token, Instant now) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        Verified known = verified.get(token);
        if (known != null) {
            return now.minus(CLOCK_SKEW).isBefore(known.expiresAt()) ? Optional.of(known.claims()) : Optional.empty();
        }
        Optional<Verified> fresh = verifyFully(token, now);
        fresh.ifPresent(v -> {
            if (verified.size() >= MAX_CACHED_TOKENS) {
                verified.clear();
            }
            verified.put(token, v);
        });
        return fresh.map(Verified::claims);
    }

    private Optional<Verified> verifyFully(String token, Instant now) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            JWSHeader header = jwt.getHeader();
            if (!JWSAlgorithm.HS256.equals(header.getAlgorithm()) || !ACCESS_TOKEN_TYPE.equals(header.getType())) {
                return Optional.empty();
            }
            JWSVerifier verifier = header.getKeyID() == null ? null : verifiers.get(header.getKeyID());
            if (verifier == null || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            return claimsValidAt(jwt.getJWTClaimsSet(), now);
        } catch (ParseException | JOSEException | RuntimeException e) {
            // The library's parser does not declare every way hostile JSON can fail it (a JSON null header is a
            // NullPointerException): whatever it cannot turn into a verified JWT is an invalid token, quietly.
            return Optional.empty();
        }
    }

    private Optional<Verified> claimsValidAt(JWTClaimsSet claims, Instant now) throws ParseException {
        Date expiry = claims.getExpirationTime();
        Date notBefore = claims.getNotBeforeTime();
        Date issuedAt = claims.getIssueTime();
        boolean valid = issuer.equals(claims.getIssuer())
                && claims.getAudience() != null && claims.getAudience().contains(audience)
                && expiry != null && now.minus(CLOCK_SKEW).isBefore(expiry.toInstant())
                && (notBefore == null || !notBefore.toInstant().isAfter(now.plus(CLOCK_SKEW)))
                && issuedAt != null && !issuedAt.toInstant().isAfter(now.plus(CLOCK_SKEW));
        if (!valid) {
            return Optional.empty();
        }
        Optional<SessionId> sessionId = SessionId.parse(claims.getStringClaim(SESSION_CLAIM));
        Optional<UserId> userId = UserId.parse(claims.getSubject());
        if (sessionId.isEmpty() || userId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Verified(new TokenClaims(userId.get(), sessionId.get(), issuer, audience,
                issuedAt.toInstant(), expiry.toInstant()), expiry.toInstant()));
    }
}
