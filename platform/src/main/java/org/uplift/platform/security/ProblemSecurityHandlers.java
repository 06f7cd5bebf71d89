package org.uplift.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.uplift.platform.problem.ProblemResponses;

/**
 * 401 and 403 as problem details for API calls (with the RFC 6750 challenge), the normal error page otherwise.
 * Security failures happen outside Spring MVC, hence {@link ProblemResponses}.
 */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"uplift\", error=\"invalid_token\"");
        ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, "A valid access token for the Uplift API is required.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException failure) throws IOException {
        ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, "Your role does not allow this action.");
    }
}
