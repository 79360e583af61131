package com.loginsessions.adapter.in.web;

import org.springframework.http.HttpStatus;

/**
 * RFC 9457 problem details written by hand, for the two places that answer before Spring MVC (and its JSON
 * converter) is involved: Tomcat's error report and the request-body limit. Details are fixed texts of ours.
 */
final class ProblemJson {

    private ProblemJson() {
    }

    static String body(HttpStatus status, String detail) {
        return body(status.value(), status.getReasonPhrase(), detail);
    }

    static String body(int status, String title, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
    }
}
