package com.loginsessions.adapter.in.web;

/** Every path is served with and without a trailing slash: both spellings are one resource, no redirect. */
final class ApiPaths {

    static final String REGISTER = "/api/v1/auth/register";
    static final String LOGIN = "/api/v1/auth/login";
    static final String LOGOUT = "/api/v1/auth/logout";
    static final String SESSIONS = "/api/v1/sessions";
    static final String SESSION = "/api/v1/sessions/{session_id}";
    static final String EVENTS = "/api/v1/sessions/events";
    static final String PASSWORD = "/api/v1/auth/password";
    static final String CHECK = "/api/v1/auth/check";
    static final String INTROSPECT = "/api/v1/auth/introspect";

    private ApiPaths() {
    }
}
