package org.uplift.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class JvmOptionsTest {

    @Test
    void eachServiceGetsItsOwnSelfMaintainingCdsArchive() {
        assertThat(JvmOptions.service(Path.of("/stack/cds/cpd-service.jsa")))
                .contains("-XX:SharedArchiveFile=/stack/cds/cpd-service.jsa", "-XX:+AutoCreateSharedArchive");
    }

    @Test
    void servicesRunC1OnlyButTheGatewayKeepsTheOptimisingCompilerForItsHotPath() {
        assertThat(JvmOptions.service(Path.of("/stack/cds/cpd-service.jsa"))).contains("-XX:TieredStopAtLevel=1");
        assertThat(JvmOptions.service(Path.of("/stack/cds/gateway.jsa")))
                .noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"))
                .contains("-XX:SharedArchiveFile=/stack/cds/gateway.jsa", "-Xmx256m");
    }

    @Test
    void servicesAndTheBrokerHaveABoundedHeap() {
        assertThat(JvmOptions.service(Path.of("a.jsa"))).anyMatch(option -> option.startsWith("-Xmx"));
        assertThat(JvmOptions.kafka()).contains("-Xmx256m");
    }
}
