package com.loginsessions.adapter.in.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat answers some malformed requests itself, before any servlet runs (a NUL in the path, an invalid header
 * line, headers over the size limit, a CONNECT request). Its stock error page is HTML; this replacement answers
 * those too as RFC 9457 problem details, and says nothing about the server. Tomcat refuses CONNECT with 501, a
 * server error; to a client it is a method this API does not allow, so it is answered 405 like any other.
 */
public class ProblemJsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (response.getStatus() == HttpStatus.NOT_IMPLEMENTED.value() && "CONNECT".equals(request.getMethod())
                && !response.isCommitted()) {
            response.setStatus(HttpStatus.METHOD_NOT_ALLOWED.value());
            response.setHeader("Allow", "GET, HEAD, POST, DELETE, OPTIONS");
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = status >= 500 ? "The server could not complete the request"
                : "The request could not be processed: " + title;
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            ResponseHeadersFilter.setBaseline(response, ResponseHeadersFilter.API_POLICY);
            ResponseHeadersFilter.setNoStore(response);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ProblemJson.body(status, title, detail));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed meanwhile: nothing more to say
        }
    }
}
