package com.loginsessions.adapter.in.web;

import com.loginsessions.application.port.in.AuthenticateCommand;
import com.loginsessions.application.port.in.AuthenticateUseCase;
import com.loginsessions.application.port.in.AuthenticatedSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Authenticates requests before their controller runs (after routing, so unknown paths are still 404 and wrong
 * methods 405), following RFC 6750: the token is read from the Authorization header only, and a malformed header is
 * told apart from a bad token. What a handler needs is read from its own parameters, the one declaration there is
 * ({@link Caller}): one taking an {@link AuthenticatedSession} gets the session the core's caller check confirmed
 * before the handler runs; one taking a {@link BearerToken} gets the syntax-checked token, and its use case confirms
 * the caller by the same rule in its own statement (one database round trip for the request instead of two); one
 * taking neither is public ({@link PublicEndpoint}, checked at start-up by {@link AuthenticatedRoutes}).
 */
class BearerAuthentication implements HandlerInterceptor, HandlerMethodArgumentResolver {

    private static final String ATTRIBUTE = AuthenticatedSession.class.getName();
    private static final String TOKEN_ATTRIBUTE = BearerToken.class.getName();
    private static final String SCHEME = "bearer";
    static final String MALFORMED_HEADER = "The Authorization header must be: Bearer <one token>";

    /** What a handler declares it needs of the caller, read once per handler method. */
    enum Caller {
        /** no caller: a public endpoint */
        NONE,
        /** an {@link AuthenticatedSession}, confirmed before the handler runs */
        CONFIRMED,
        /** a {@link BearerToken}, confirmed by the handler's use case in its own statement */
        TOKEN;

        static Caller of(Method handler) {
            Caller found = NONE;
            for (Class<?> type : handler.getParameterTypes()) {
                Caller declared = type == AuthenticatedSession.class ? CONFIRMED : type == BearerToken.class ? TOKEN : NONE;
                if (declared != NONE && found != NONE) {
                    throw new IllegalStateException("declares its caller twice");
                }
                found = declared == NONE ? found : declared;
            }
            return found;
        }
    }

    private final AuthenticateUseCase authenticate;
    private final Map<Method, Caller> callers = new ConcurrentHashMap<>();

    BearerAuthentication(AuthenticateUseCase authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        switch (callers.computeIfAbsent(method.getMethod(), Caller::of)) {
            case NONE -> {
            }
            case TOKEN -> request.setAttribute(TOKEN_ATTRIBUTE, new BearerToken(bearerToken(request)));
            case CONFIRMED -> request.setAttribute(ATTRIBUTE,
                    authenticate.authenticate(new AuthenticateCommand(bearerToken(request))));
        }
        return true;
    }

    private static String bearerToken(HttpServletRequest request) {
        List<String> headers = Collections.list(request.getHeaders("Authorization"));
        if (headers.isEmpty()) {
            throw new BearerChallenge(BearerChallenge.Kind.MISSING, "Authentication required: send Authorization: Bearer <token>");
        }
        if (headers.size() > 1) {
            throw new BearerChallenge(BearerChallenge.Kind.INVALID_REQUEST, "Send exactly one Authorization header");
        }
        String header = headers.get(0).strip();
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        if (!SCHEME.equalsIgnoreCase(scheme)) {
            throw new BearerChallenge(BearerChallenge.Kind.MISSING, "Authentication required: send Authorization: Bearer <token>");
        }
        String token = space < 0 ? "" : header.substring(space + 1).strip();
        if (token.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1)) {
            throw new BearerChallenge(BearerChallenge.Kind.INVALID_REQUEST, "The Authorization header says Bearer "
                    + "twice (\"Bearer Bearer …\"): send Authorization: Bearer <token>, the access_token once after "
                    + "one \"Bearer \". In Swagger UI's Authorize dialog paste the access_token alone (a pasted "
                    + "\"Bearer \" prefix is removed there).");
        }
        if (token.isEmpty() || token.contains(" ") || token.contains(",")) {
            throw new BearerChallenge(BearerChallenge.Kind.INVALID_REQUEST, MALFORMED_HEADER);
        }
        if (!isB64Token(token)) {
            throw new BearerChallenge(BearerChallenge.Kind.INVALID_TOKEN, "The access token is malformed");
        }
        return token;
    }

    /** RFC 6750 §2.1 b64token: 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=". A loop, not a regex: it runs on every request. */
    static boolean isB64Token(String token) {
        int i = 0;
        int length = token.length();
        while (i < length && isB64Char(token.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        while (i < length && token.charAt(i) == '=') {
            i++;
        }
        return i == length;
    }

    private static boolean isB64Char(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == AuthenticatedSession.class || type == BearerToken.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        String attribute = parameter.getParameterType() == BearerToken.class ? TOKEN_ATTRIBUTE : ATTRIBUTE;
        Object caller = webRequest.getAttribute(attribute, NativeWebRequest.SCOPE_REQUEST);
        if (caller == null) {
            throw new IllegalStateException("the " + parameter.getParameterType().getSimpleName() + " of "
                    + parameter.getExecutable() + " was not set: its handler was reached without this interceptor");
        }
        return caller;
    }
}
