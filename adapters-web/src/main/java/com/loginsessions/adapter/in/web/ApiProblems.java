package com.loginsessions.adapter.in.web;

import com.loginsessions.application.port.StoreUnavailableException;
import com.loginsessions.application.port.in.InvalidCredentialsException;
import com.loginsessions.application.port.in.NotAuthenticatedException;
import com.loginsessions.application.port.in.PhoneAlreadyRegisteredException;
import com.loginsessions.application.port.in.SessionNotFoundException;
import com.loginsessions.application.port.in.TooManyAttemptsException;
import com.loginsessions.application.port.in.WrongPasswordException;
import com.loginsessions.domain.InvalidInputException;
import java.net.SocketTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every failure becomes RFC 9457 problem details ({@code application/problem+json}, with status, title and
 * detail). Details are written for the client and never carry a stack trace, SQL or class name.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    static final String REALM = "session-service";
    // the details clients see, also shown as the OpenAPI document's examples (OpenApiDocumentation.ProblemExamples)
    static final String SIGNED_OUT = "The access token is invalid, expired or signed out";
    static final String INVALID_CREDENTIALS = "Invalid phone number or password";
    static final String WRONG_PASSWORD = "The current password is wrong";
    static final String PHONE_TAKEN = "An account with this phone number already exists";
    static final String SESSION_NOT_FOUND = "Session not found";
    static final String NO_RESOURCE = "No resource at this path";
    static final String INTROSPECTION_CLIENT_REFUSED = "Introspection needs the HTTP Basic credentials of a configured client";
    static final String UNREADABLE_BODY = "The request body is not valid JSON of the expected shape";
    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(BearerChallenge.class)
    ResponseEntity<ProblemDetail> bearerChallenge(BearerChallenge challenge) {
        return switch (challenge.kind()) {
            case MISSING -> challenge(HttpStatus.UNAUTHORIZED, challenge.getMessage(), "Bearer realm=\"" + REALM + "\"");
            case INVALID_REQUEST -> challenge(HttpStatus.BAD_REQUEST, challenge.getMessage(),
                    "Bearer realm=\"" + REALM + "\", error=\"invalid_request\"");
            case INVALID_TOKEN -> invalidToken(challenge.getMessage());
        };
    }

    @ExceptionHandler(NotAuthenticatedException.class)
    ResponseEntity<ProblemDetail> notAuthenticated(NotAuthenticatedException e) {
        return invalidToken(SIGNED_OUT);
    }

    @ExceptionHandler(IntrospectionController.IntrospectionClientRefused.class)
    ResponseEntity<ProblemDetail> introspectionClientRefused() {
        return challenge(HttpStatus.UNAUTHORIZED, INTROSPECTION_CLIENT_REFUSED, IntrospectionController.BASIC_REALM);
    }

    @ExceptionHandler(InvalidCredentialsException.class)
    ResponseEntity<ProblemDetail> invalidCredentials() {
        return challenge(HttpStatus.UNAUTHORIZED, INVALID_CREDENTIALS, "Bearer realm=\"" + REALM + "\"");
    }

    @ExceptionHandler(TooManyAttemptsException.class)
    ResponseEntity<ProblemDetail> tooManyAttempts(TooManyAttemptsException e) {
        long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                        "Too many failed attempts; try again in " + seconds + " seconds"));
    }

    /** 403, not 401: the caller is still signed in, and clients treat 401 as "signed out". */
    @ExceptionHandler(WrongPasswordException.class)
    ResponseEntity<ProblemDetail> wrongPassword() {
        return problem(HttpStatus.FORBIDDEN, WRONG_PASSWORD);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, capitalised(e.getMessage()));
    }

    @ExceptionHandler(PhoneAlreadyRegisteredException.class)
    ResponseEntity<ProblemDetail> phoneTaken() {
        return problem(HttpStatus.CONFLICT, PHONE_TAKEN);
    }

    @ExceptionHandler(SessionNotFoundException.class)
    ResponseEntity<ProblemDetail> sessionNotFound() {
        return problem(HttpStatus.NOT_FOUND, SESSION_NOT_FOUND);
    }

    /** Never 401 while the database is away: clients treat 401 as "signed out" and throw the login away. */
    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<ProblemDetail> storeUnavailable(StoreUnavailableException e) {
        log.warn("Answering 503: {}", e.getCause() == null ? e.getMessage() : e.getCause().toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        "The service is temporarily unavailable; try again shortly"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unhandled error answering a request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "The server could not complete the request");
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, NO_RESOURCE);
        return handleExceptionInternal(ex, body, headers, HttpStatus.NOT_FOUND, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimitFilter.BodyTooLargeException tooLarge) {
                ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                        "Request bodies are limited to " + tooLarge.maxBytes + " bytes");
                return handleExceptionInternal(ex, body, headers, HttpStatus.CONTENT_TOO_LARGE, request);
            }
            if (cause instanceof InvalidInputException invalid) {
                ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, capitalised(invalid.getMessage()));
                return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
            }
            if (cause instanceof RequestBodyLimitFilter.BodyTooSlowException || cause instanceof SocketTimeoutException) {
                ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.REQUEST_TIMEOUT,
                        "The request body did not arrive in time");
                HttpHeaders close = new HttpHeaders(headers);
                close.set(HttpHeaders.CONNECTION, "close");
                return handleExceptionInternal(ex, body, close, HttpStatus.REQUEST_TIMEOUT, request);
            }
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, UNREADABLE_BODY);
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static ResponseEntity<ProblemDetail> invalidToken(String detail) {
        return challenge(HttpStatus.UNAUTHORIZED, detail,
                "Bearer realm=\"" + REALM + "\", error=\"invalid_token\", error_description=\"" + detail + "\"");
    }

    private static ResponseEntity<ProblemDetail> challenge(HttpStatus status, String detail, String wwwAuthenticate) {
        return ResponseEntity.status(status)
                .header(HttpHeaders.WWW_AUTHENTICATE, wwwAuthenticate)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    private static String capitalised(String message) {
        return message == null || message.isEmpty() ? "Invalid request"
                : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
