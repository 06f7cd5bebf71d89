package org.uplift.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as problem details for API calls (with the RFC 6750 challenge), the normal error page otherwise.
 * Bodies are written by hand because security failures happen before any controller advice can run.
 */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"uplift\", error=\"invalid_token\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "A valid access token for the Uplift API is required.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException failure) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Your role does not allow this action.");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String detail) throws IOException {
        if (!request.getRequestURI().startsWith("/api/")) {
            response.sendError(status.value());
            return;
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("""
                {"type":"about:blank","title":"%s","status":%d,"detail":"%s","instance":"%s"}"""
                .formatted(status.getReasonPhrase(), status.value(), detail, request.getRequestURI().replace("\"", "")));
    }
}
