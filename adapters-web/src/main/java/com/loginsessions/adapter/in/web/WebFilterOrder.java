package com.loginsessions.adapter.in.web;

import org.springframework.core.Ordered;

/**
 * The order of the web adapter's servlet filters, in one place. {@link Ordered#HIGHEST_PRECEDENCE} itself is left
 * to the request timer (the observability adapter), so that it times everything below it.
 */
final class WebFilterOrder {

    /** Security headers first, so every answer a later filter gives (413, 408, 400, 406) carries them. */
    static final int RESPONSE_HEADERS = Ordered.HIGHEST_PRECEDENCE + 1;
    /** Body size and deadline before anything reads the body. */
    static final int BODY_LIMIT = Ordered.HIGHEST_PRECEDENCE + 2;
    /** CORS before content negotiation, so a refused origin is told so whatever it accepts. */
    static final int CORS = Ordered.HIGHEST_PRECEDENCE + 3;
    static final int ACCEPT_HEADER = Ordered.HIGHEST_PRECEDENCE + 4;

    private WebFilterOrder() {
    }
}
