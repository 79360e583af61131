package com.loginsessions.adapter.in.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers every response carries. No MIME sniffing and no framing anywhere; a Content-Security-Policy that lets
 * Swagger UI work on the documentation and lets nothing run anywhere else. Nothing is cached, except the documentation's own
 * files: whether a response is documentation is decided from the decoded, normalised path the servlet container
 * routes by (so {@code /%61pi/...} is the API like {@code /api/...}), never from the raw request text. HSTS on every
 * response that reached us over HTTPS, directly or as a trusted proxy says.
 */
class ResponseHeadersFilter extends OncePerRequestFilter {

    static final String HSTS = "max-age=31536000; includeSubDomains";
    /** Swagger UI loads its own scripts, styles inline in its components, and draws icons from data: URIs. */
    static final String DOCUMENTATION_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** The devices page: its own script and style only, talking to this origin only. */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /** JSON is never a page: nothing may load from it, and nothing may frame it. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private static final List<String> DOCUMENTATION = List.of("/docs/", "/swagger-ui/", "/webjars/");

    private final ClientAddressResolver clients;

    ResponseHeadersFilter(ClientAddressResolver clients) {
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = routedPath(request);
        boolean documentation = path.equals("/docs") || DOCUMENTATION.stream().anyMatch(path::startsWith);
        boolean devicesPage = path.equals("/devices") || path.startsWith("/devices/");
        setBaseline(response, documentation ? DOCUMENTATION_POLICY : devicesPage ? PAGE_POLICY : API_POLICY);
        if (path.equals("/v3/api-docs") || path.startsWith("/v3/api-docs/")) {
            response.setHeader("Cache-Control", "no-cache");
        } else if (!documentation) {
            setNoStore(response);
        }
        if (clients.isHttps(request)) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }

    /**
     * What every answer carries, including those the server makes itself before or without any servlet (Tomcat's
     * own errors, answered by {@link ProblemJsonErrorReportValve}): no sniffing, no framing, a policy.
     */
    static void setBaseline(HttpServletResponse response, String contentSecurityPolicy) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
    }

    static void setNoStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
    }

    /** Errors forwarded to /error (the container's error dispatch) get the same headers as the request would. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private static String routedPath(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        return (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
    }
}
