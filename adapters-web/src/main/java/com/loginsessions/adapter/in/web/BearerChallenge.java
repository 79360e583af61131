package com.loginsessions.adapter.in.web;

/** Why a request to a protected path is refused, in RFC 6750 §3 terms. */
class BearerChallenge extends RuntimeException {

    enum Kind {
        /** No bearer credentials at all: 401 without an error code. */
        MISSING,
        /** The Authorization header is malformed: 400 invalid_request. */
        INVALID_REQUEST,
        /** A token was presented but is not valid (bad signature, expired, signed out...): 401 invalid_token. */
        INVALID_TOKEN
    }

    private final Kind kind;

    BearerChallenge(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }
}
