package org.uplift.gateway.security;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import static org.assertj.core.api.Assertions.assertThat;

class FormCsrfTokenHandlerTest {

    @Test
    void readsTheTokenFieldAndLeavesTheBodyForForwarding() {
        DataBuffer body = DefaultDataBufferFactory.sharedInstance
                .wrap("urn=990899&_csrf=ab%2Bc%3D&name=Synthetic+School".getBytes(StandardCharsets.UTF_8));
        int readable = body.readableByteCount();

        assertThat(FormCsrfTokenHandler.field(body, "_csrf")).isEqualTo("ab+c=");
        assertThat(FormCsrfTokenHandler.field(body, "name")).isEqualTo("Synthetic School");
        assertThat(FormCsrfTokenHandler.field(body, "missing")).isNull();
        assertThat(body.readableByteCount()).as("nothing consumed").isEqualTo(readable);
    }
}
