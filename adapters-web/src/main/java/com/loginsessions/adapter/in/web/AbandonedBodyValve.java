package com.loginsessions.adapter.in.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * After a request is refused for its body (413: too large, 408: too slow), Tomcat would still read and discard
 * the rest of that body before closing the connection, at whatever pace the client sends it. This tells Tomcat to
 * close at once instead, so a refused body cannot keep its connection open.
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
            int status = response.getStatus();
            if (status == HttpStatus.CONTENT_TOO_LARGE.value() || status == HttpStatus.REQUEST_TIMEOUT.value()) {
                request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            }
        }
    }
}
