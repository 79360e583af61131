package com.loginsessions.adapter.in.web;

/**
 * The well-formed bearer token of a request, for a handler whose use case confirms the caller itself, in the same
 * statement as its read (the core's one caller rule either way). Declaring it as a parameter instead of
 * {@code AuthenticatedSession} is what tells {@link BearerAuthentication} to check only its syntax.
 */
record BearerToken(String value) {

    @Override
    public String toString() {
        return "BearerToken[redacted]";
    }
}
