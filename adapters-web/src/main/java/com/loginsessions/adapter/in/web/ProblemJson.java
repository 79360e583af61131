package com.loginsessions.adapter.in.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * RFC 9457 problem details written by hand, for the places that answer before Spring MVC (and its JSON
 * converter) is involved: Tomcat's error report, the request-body limit, the Accept check and CORS rejections.
 * Details are fixed texts of ours.
 */
final class ProblemJson {

    private ProblemJson() {
    }

    /** Answers the request with this problem, before (or instead of) any handler. */
    static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(body(status, detail));
    }

    static String body(HttpStatus status, String detail) {
        return body(status.value(), status.getReasonPhrase(), detail);
    }

    static String body(int status, String title, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
    }
}
