package com.loginsessions.adapter.in.web;

/**
 * The well-formed bearer token of a request, for a handler whose use case checks the session itself, in the same
 * statement as its read. Declaring it instead of {@code AuthenticatedSession} is what tells
 * {@link BearerAuthentication} not to check the session first.
 */
record BearerToken(String value) {

    @Override
    public String toString() {
        return "BearerToken[redacted]";
    }
}
