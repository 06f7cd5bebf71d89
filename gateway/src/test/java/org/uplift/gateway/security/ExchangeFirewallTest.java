package org.uplift.gateway.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class ExchangeFirewallTest {

    static final List<String> HEADER_VALUES = List.of(
            "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", "", "text/html; q=0.9, */*",
            "tab\tinside", "new\nline", "carriage\rreturn", "nul\u0000", "bell\u0007", "delete\u007f", "c1\u0085",
            "Zürich", "emoji \uD83D\uDE00", "unassigned \u0378", "lone surrogate \uD800", "private use \uE000");

    @ParameterizedTest
    @FieldSource("HEADER_VALUES")
    void acceptsAndRejectsHeaderValuesExactlyAsSpringSecuritysDefaultRule(String value) {
        assertThat(rejects(ExchangeFirewall.strict(), value))
                .isEqualTo(rejects(new StrictServerWebExchangeFirewall(), value));
    }

    @Test
    void stillRejectsALineBreakAndAcceptsABearerToken() {
        assertThat(rejects(ExchangeFirewall.strict(), "value\r\nSet-Cookie: x=1")).isTrue();
        assertThat(rejects(ExchangeFirewall.strict(), HEADER_VALUES.getFirst())).isFalse();
    }

    private static boolean rejects(ServerWebExchangeFirewall firewall, String value) {
        ServerWebExchange exchange = firewall.getFirewalledExchange(MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/schools").header("X-Test", value))).block();
        try {
            exchange.getRequest().getHeaders().getFirst("X-Test");
            return false;
        } catch (ServerExchangeRejectedException rejected) {
            return true;
        }
    }
}
