package com.loginsessions.adapter.out.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.loginsessions.application.port.out.TokenIssuer.IssuedToken;
import com.loginsessions.application.port.out.TokenVerifier.TokenClaims;
import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.UserId;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class JwtTokensTest {

    private static final Instant NOW = Instant.parse("2026-05-21T04:32:17Z");
    private static final SigningKey KEY = SigningKey.random();
    private static final UserId USER = UserId.newId();
    private static final SessionId SESSION = SessionId.newId();

    private final JwtTokens tokens = tokens(KEY, List.of());

    @Test
    void an_issued_token_verifies_to_its_user_and_session_until_it_expires() {
        IssuedToken token = tokens.issue(USER, SESSION, NOW, NOW.plus(Duration.ofDays(30)));

        assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(tokens.verify(token.value(), NOW.plusSeconds(5))).contains(new TokenClaims(USER, SESSION,
                "session-service", "session-service", NOW, NOW.plus(Duration.ofDays(30))));
        assertThat(tokens.verify(token.value(), NOW.plus(Duration.ofDays(30)).plusSeconds(31))).isEmpty();
    }

    @Test
    void tokens_carry_kid_type_and_the_claims_rfc_9068_names() throws Exception {
        SignedJWT jwt = SignedJWT.parse(tokens.issue(USER, SESSION, NOW, NOW.plus(Duration.ofDays(30))).value());

        assertThat(jwt.getHeader().getKeyID()).isEqualTo(KEY.keyId());
        assertThat(jwt.getHeader().getType()).isEqualTo(new JOSEObjectType("at+jwt"));
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(USER.toString());
        assertThat(jwt.getJWTClaimsSet().getStringClaim("sid")).isEqualTo(SESSION.toString());
        assertThat(jwt.getJWTClaimsSet().getJWTID()).isNotBlank();
        assertThat(jwt.getJWTClaimsSet().getIssueTime()).isEqualTo(Date.from(NOW));
    }

    @Test
    void two_tokens_for_one_session_differ() {
        assertThat(tokens.issue(USER, SESSION, NOW, NOW.plus(Duration.ofDays(30))).value()).isNotEqualTo(tokens.issue(USER, SESSION, NOW, NOW.plus(Duration.ofDays(30))).value());
    }

    @Test
    void a_tampered_token_is_rejected() {
        String token = tokens.issue(USER, SESSION, NOW, NOW.plus(Duration.ofDays(30))).value();
        String[] parts = token.split("\\.");
        String otherPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace(SESSION.toString(), SessionId.newId().toString()).getBytes(StandardCharsets.UTF_8));

        assertThat(tokens.verify(parts[0] + "." + otherPayload + "." + parts[2], NOW)).isEmpty();
    }

    @Test
    void alg_none_and_other_algorithms_are_rejected() throws Exception {
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"" + KEY.keyId() + "\"}").getBytes(StandardCharsets.UTF_8));
        String payload = tokens.issue(USER, SESSION, NOW, NOW.plus(Duration.ofDays(30))).value().split("\\.")[1];
        assertThat(tokens.verify(none + "." + payload + ".", NOW)).isEmpty();

        byte[] secret = KEY.secret();
        byte[] longer = new byte[64];
        System.arraycopy(secret, 0, longer, 0, secret.length);
        SignedJWT hs512 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS512).type(new JOSEObjectType("at+jwt"))
                .keyID(KEY.keyId()).build(), claims("session-service", "session-service"));
        hs512.sign(new MACSigner(longer));
        assertThat(tokens.verify(hs512.serialize(), NOW)).isEmpty();
    }

    @Test
    void wrong_issuer_audience_or_type_are_rejected_even_with_a_good_signature() throws Exception {
        assertThat(tokens.verify(signed("someone-else", "session-service", "at+jwt", KEY.keyId()), NOW)).isEmpty();
        assertThat(tokens.verify(signed("session-service", "another-api", "at+jwt", KEY.keyId()), NOW)).isEmpty();
        assertThat(tokens.verify(signed("session-service", "session-service", "JWT", KEY.keyId()), NOW)).isEmpty();
        assertThat(tokens.verify(signed("session-service", "session-service", "at+jwt", KEY.keyId()), NOW)).isPresent();
    }

    @Test
    void hostile_or_unknown_key_ids_are_simply_invalid() throws Exception {
        for (String kid : new String[] {"' or 1=1 --", "../../etc/passwd", "x".repeat(10_000), "unknown"}) {
            assertThat(tokens.verify(signed("session-service", "session-service", "at+jwt", kid), NOW)).isEmpty();
        }
        assertThat(tokens.verify("x".repeat(5000), NOW)).isEmpty();
        assertThat(tokens.verify("a.b.c", NOW)).isEmpty();
    }

    @Test
    void keys_offered_in_the_token_header_are_never_used() throws Exception {
        SigningKey attackerKey = SigningKey.random();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("at+jwt"))
                .keyID(KEY.keyId())
                .jwkURL(java.net.URI.create("https://attacker.example/jwks.json"))
                .x509CertURL(java.net.URI.create("https://attacker.example/cert.pem"))
                .build();
        SignedJWT forged = new SignedJWT(header, claims("session-service", "session-service"));
        forged.sign(new MACSigner(attackerKey.secret()));

        assertThat(tokens.verify(forged.serialize(), NOW)).isEmpty();
    }

    @Test
    void a_token_not_yet_valid_or_issued_in_the_future_is_rejected() throws Exception {
        JWTClaimsSet future = new JWTClaimsSet.Builder().issuer("session-service").audience("session-service")
                .subject(USER.toString()).claim("sid", SESSION.toString())
                .issueTime(Date.from(NOW.plusSeconds(3600))).notBeforeTime(Date.from(NOW.plusSeconds(3600)))
                .expirationTime(Date.from(NOW.plusSeconds(7200))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("at+jwt"))
                .keyID(KEY.keyId()).build(), future);
        jwt.sign(new MACSigner(KEY.secret()));

        assertThat(tokens.verify(jwt.serialize(), NOW)).isEmpty();
    }

    @Test
    void rotation_keeps_old_tokens_valid_until_their_key_is_removed() {
        SigningKey oldKey = SigningKey.random();
        String oldToken = tokens(oldKey, List.of()).issue(USER, SESSION, NOW, NOW.plus(Duration.ofDays(30))).value();
        SigningKey newKey = SigningKey.random();

        assertThat(tokens(newKey, List.of(oldKey)).verify(oldToken, NOW)).isPresent();
        assertThat(tokens(newKey, List.of()).verify(oldToken, NOW)).isEmpty();
    }

    @Test
    void keys_must_be_at_least_256_bits() {
        assertThatThrownBy(() -> SigningKey.fromBase64(Base64.getEncoder().encodeToString(new byte[31])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SigningKey.fromBase64("not base64!")).isInstanceOf(IllegalArgumentException.class);
        assertThat(SigningKey.fromBase64(Base64.getEncoder().encodeToString(new byte[32])).keyId()).isNotBlank();
    }

    /**
     * Headers and payloads that are JSON but not a JWS header or a claims set, each signed with the real key so the
     * signature is never what rejects them: every one is simply an invalid token, never an exception.
     */
    @Test
    void any_header_or_payload_that_is_not_a_jwt_is_invalid_never_an_error() throws Exception {
        String goodHeader = "{\"alg\":\"HS256\",\"typ\":\"at+jwt\",\"kid\":\"" + KEY.keyId() + "\"}";
        String goodPayload = claims("session-service", "session-service").toString();
        String huge = "9".repeat(400);
        List<String> shapes = List.of("null", "[]", "[1,2]", "0", "-1", huge, "1e999", "\"text\"", "true", "{}",
                "{\"alg\":null}", "{\"alg\":[\"HS256\"]}", "{\"alg\":{\"a\":{\"b\":{}}}}", "{\"alg\":" + huge + "}",
                "{\"alg\":\"HS256\",\"typ\":null}", "{\"alg\":\"HS256\",\"typ\":7,\"kid\":[]}",
                "{\"alg\":\"HS256\",\"crit\":null}", "{\"alg\":\"HS256\",\"crit\":\"exp\"}",
                "{\"alg\":\"HS256\",\"jwk\":\"x\"}", "{\"alg\":\"HS256\",\"x5c\":{}}", "{\"alg\":\"HS256\",\"b64\":false}",
                "{" + "\"a\":{".repeat(200) + "}".repeat(201), "[".repeat(500) + "]".repeat(500), "\"" + "x".repeat(3000) + "\"");
        List<String> payloadShapes = List.of("null", "[]", "0", huge, "\"text\"", "{\"exp\":null}",
                "{\"exp\":" + huge + "}", "{\"exp\":-" + huge + "}", "{\"exp\":\"soon\"}", "{\"exp\":1e999}",
                "{\"aud\":{},\"exp\":4102444800}", "{\"sub\":[],\"sid\":{},\"exp\":4102444800}",
                "{\"iat\":" + huge + ",\"nbf\":[]}", "{" + "\"a\":{".repeat(200) + "}".repeat(201));
        for (String header : shapes) {
            assertThat(tokens.verify(signedRaw(header, goodPayload), NOW)).as("header %s", header).isEmpty();
        }
        for (String payload : payloadShapes) {
            assertThat(tokens.verify(signedRaw(goodHeader, payload), NOW)).as("payload %s", payload).isEmpty();
        }
        assertThat(tokens.verify("bnVsbA.e30.AAAA", NOW)).isEmpty();
        assertThat(tokens.verify(signedRaw(goodHeader, goodPayload), NOW)).as("the control case").isPresent();
    }

    /** header.payload as given (base64url of the exact JSON text), with a valid HS256 signature by the real key. */
    private static String signedRaw(String headerJson, String payloadJson) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY.secret(), "HmacSHA256"));
        return input + "." + b64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    private static JwtTokens tokens(SigningKey key, List<SigningKey> verificationOnly) {
        return new JwtTokens("session-service", "session-service", key, verificationOnly);
    }

    private static String signed(String issuer, String audience, String type, String kid) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType(type))
                .keyID(kid).build(), claims(issuer, audience));
        jwt.sign(new MACSigner(KEY.secret()));
        return jwt.serialize();
    }

    private static JWTClaimsSet claims(String issuer, String audience) {
        return new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject(USER.toString())
                .claim("sid", SESSION.toString()).issueTime(Date.from(NOW))
                .expirationTime(Date.from(NOW.plusSeconds(600))).build();
    }
}
