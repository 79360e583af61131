package com.loginsessions.adapter.in.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers every response carries. No MIME sniffing anywhere. Nothing is cached, except the documentation's own
 * files: whether a response is documentation is decided from the decoded, normalised path the servlet container
 * routes by (so {@code /%61pi/...} is the API like {@code /api/...}), never from the raw request text. HSTS on every
 * response that reached us over HTTPS, directly or as a trusted proxy says.
 */
class ResponseHeadersFilter extends OncePerRequestFilter {

    static final String HSTS = "max-age=31536000; includeSubDomains";
    private static final List<String> DOCUMENTATION = List.of("/docs/", "/swagger-ui/", "/webjars/");

    private final ClientAddressResolver clients;

    ResponseHeadersFilter(ClientAddressResolver clients) {
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        String path = routedPath(request);
        if (path.equals("/v3/api-docs") || path.startsWith("/v3/api-docs/")) {
            response.setHeader("Cache-Control", "no-cache");
        } else if (DOCUMENTATION.stream().noneMatch(path::startsWith)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        if (clients.isHttps(request)) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }

    private static String routedPath(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        return (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
    }
}
