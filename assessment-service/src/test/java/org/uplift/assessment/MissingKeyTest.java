package org.uplift.assessment;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MissingKeyTest {

    @Test
    void theServiceRefusesToStartWithoutAPseudonymisationKey() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(AssessmentApplication.class)
                .web(WebApplicationType.NONE)
                .properties("uplift.pseudonymisation.key=", "spring.kafka.bootstrap-servers=127.0.0.1:9",
                        "spring.mongodb.uri=mongodb://127.0.0.1:9", "spring.kafka.listener.auto-startup=false",
                        "spring.kafka.admin.fail-fast=false")
                .run().close())
                .rootCause().hasMessageContaining("No pseudonymisation key: set PSEUDONYMISATION_KEY");
    }
}
