package com.loginsessions.adapter.in.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body of this API is bigger than a few hundred bytes, so anything over the limit is refused with 413
 * before it is read: up front when Content-Length says so, otherwise as soon as the stream passes the limit. A body
 * must also arrive within a deadline counted from the end of the headers, so a client that sends a byte now and
 * then cannot keep a request open (408); a read that waits on a silent client is cut by Tomcat's
 * connection-timeout, so a slow body ends within the deadline plus that timeout at the latest.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final Duration deadline;

    RequestBodyLimitFilter(long maxBytes, Duration deadline) {
        this.maxBytes = maxBytes;
        this.deadline = deadline;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(response);
            return;
        }
        chain.doFilter(new LimitedRequest(request, maxBytes, System.nanoTime() + deadline.toNanos()), response);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        ProblemJson.write(response, HttpStatus.CONTENT_TOO_LARGE, "Request bodies are limited to " + maxBytes + " bytes");
    }

    /** Thrown while reading a body that turned out to be over the limit; answered as 413. */
    static final class BodyTooLargeException extends IOException {

        final long maxBytes;

        BodyTooLargeException(long maxBytes) {
            super("request body over " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }
    }

    /** Thrown while reading a body that did not arrive within the deadline; answered as 408. */
    static final class BodyTooSlowException extends IOException {

        BodyTooSlowException() {
            super("request body not received in time");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private final long deadlineNanos;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long maxBytes, long deadlineNanos) {
            super(request);
            this.maxBytes = maxBytes;
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), maxBytes, deadlineNanos);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long maxBytes;
        private final long deadlineNanos;
        private long read;

        LimitedStream(ServletInputStream delegate, long maxBytes, long deadlineNanos) {
            this.delegate = delegate;
            this.maxBytes = maxBytes;
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public int read() throws IOException {
            checkDeadline();
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            checkDeadline();
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void checkDeadline() throws BodyTooSlowException {
            if (System.nanoTime() - deadlineNanos > 0 && !delegate.isFinished()) {
                throw new BodyTooSlowException();
            }
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > maxBytes) {
                throw new BodyTooLargeException(maxBytes);
            }
            checkDeadline();
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
