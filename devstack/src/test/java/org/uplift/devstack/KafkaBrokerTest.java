package org.uplift.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    private final Properties config = load(KafkaBroker.serverProperties(Path.of("/data/kafka"), 9092, 9093));

    @Test
    void runsBrokerAndControllerInOneNodeOnLoopbackOnly() {
        assertThat(config.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(config.getProperty("listeners"))
                .isEqualTo("PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093");
        assertThat(config.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:9092");
        assertThat(config.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:9093");
    }

    @Test
    void internalTopicsMakeDoWithTheOnlyReplica() {
        assertThat(config.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
        assertThat(config.getProperty("transaction.state.log.replication.factor")).isEqualTo("1");
        assertThat(config.getProperty("transaction.state.log.min.isr")).isEqualTo("1");
        assertThat(config.getProperty("share.coordinator.state.topic.replication.factor")).isEqualTo("1");
    }

    @Test
    void keepsItsLogInTheDataDirectory() {
        assertThat(config.getProperty("log.dirs")).isEqualTo("/data/kafka");
    }

    private static Properties load(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return properties;
    }
}
