package org.uplift.gateway.security;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * What a browser sees when the gateway refuses a request, typically a form posted without our CSRF token (from
 * another site, or after the session expired): a proper, accessible page rather than a bare "Access Denied".
 */
class RefusedRequestPage implements ServerAccessDeniedHandler {

    private static final byte[] PAGE = """
            <!DOCTYPE html>
            <html lang="en" class="govuk-template govuk-template--rebranded">
            <head><meta charset="utf-8"><title>Request refused – Uplift</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <link rel="stylesheet" href="/govuk/govuk-frontend.min.css"></head>
            <body class="govuk-template__body"><div class="govuk-width-container">
            <main class="govuk-main-wrapper" id="main-content">
            <h1 class="govuk-heading-l">This request was refused</h1>
            <p class="govuk-body">The form was not sent from an Uplift page you have open, or your session has ended,
            so nothing was changed.</p>
            <p class="govuk-body"><a class="govuk-link" href="/">Go to the Uplift home page</a> and try again.</p>
            </main></div></body></html>
            """.getBytes(StandardCharsets.UTF_8);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
        exchange.getResponse().getHeaders().setContentType(MediaType.TEXT_HTML);
        DataBuffer body = exchange.getResponse().bufferFactory().wrap(PAGE);
        return exchange.getResponse().writeWith(Mono.just(body));
    }
}
