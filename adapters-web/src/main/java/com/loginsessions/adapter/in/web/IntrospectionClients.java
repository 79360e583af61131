package com.loginsessions.adapter.in.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The resource servers allowed to introspect, from configuration: each a client id and the SHA-256 of its secret
 * (never the secret itself). A caller authenticates with HTTP Basic (RFC 6749 §2.3.1: id and secret form-encoded,
 * then base64); every configured secret of that id is compared in constant time, so rotation is listing the id
 * twice. SHA-256 rather than a password hash: these secrets are long random strings, not passwords people choose.
 */
final class IntrospectionClients {

    private record Client(String id, byte[] secretHash) {
    }

    private final List<Client> clients;

    IntrospectionClients(List<String> configured) {
        List<Client> parsed = new ArrayList<>();
        for (String entry : configured) {
            int colon = entry.lastIndexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("app.introspection.clients entries are client-id:sha256-hex");
            }
            byte[] hash;
            try {
                hash = HexFormat.of().parseHex(entry.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("app.introspection.clients: the secret hash of '"
                        + entry.substring(0, colon) + "' is not hex", e);
            }
            if (hash.length != 32) {
                throw new IllegalArgumentException("app.introspection.clients: the secret hash of '"
                        + entry.substring(0, colon) + "' is not a SHA-256 (64 hex digits)");
            }
            parsed.add(new Client(entry.substring(0, colon), hash));
        }
        this.clients = List.copyOf(parsed);
    }

    /** @return the client's id when the Authorization header carries the credentials of a configured client */
    Optional<String> authenticate(String authorization) {
        if (authorization == null || authorization.length() > 1024
                || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String id = formDecoded(decoded.substring(0, colon));
        byte[] presented = sha256(formDecoded(decoded.substring(colon + 1)));
        boolean matched = false;
        for (Client client : clients) {
            // every entry is compared, so the time taken does not tell which ids exist or which secret matched
            matched |= MessageDigest.isEqual(client.secretHash(), presented) & client.id().equals(id);
        }
        return matched ? Optional.of(id) : Optional.empty();
    }

    private static String formDecoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return text;
        }
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
