package com.loginsessions.adapter.in.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * After a request is refused because its body came too slowly (408), Tomcat would still read and discard the rest
 * of that body before closing the connection, at whatever pace the client sends it. This tells Tomcat to close at
 * once instead, so a slow body cannot keep its connection open. (A 413 keeps Tomcat's own handling: it discards at
 * most server.tomcat.max-swallow-size bytes and closes at once when more are announced, so that a client that is
 * still sending a large body reliably reads its answer before the connection closes.)
 */
class AbandonedBodyValve extends ValveBase {

    AbandonedBodyValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        try {
            getNext().invoke(request, response);
        } finally {
            if (response.getStatus() == HttpStatus.REQUEST_TIMEOUT.value()) {
                request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            }
        }
    }
}
