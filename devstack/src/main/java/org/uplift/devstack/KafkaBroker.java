package org.uplift.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.Uuid;

/**
 * A real single-node KRaft broker (broker and controller in one process) in its own JVM with its own classpath: the
 * broker drags in Jackson 2, which must never meet the Boot apps' Jackson 3.
 */
final class KafkaBroker {

    private KafkaBroker() {
    }

    static ChildProcess start(Workspace workspace, RuntimeArtifacts artifacts, int port, int controllerPort)
            throws IOException {
        Path logDir = workspace.dataDir().resolve("kafka");
        Path config = workspace.dataDir().resolve("kafka.properties");
        Files.createDirectories(logDir);
        Files.writeString(config, serverProperties(logDir, port, controllerPort));
        Path log = workspace.log("kafka");
        String java = workspace.javaExecutable().toString();
        String classpath = artifacts.kafkaClasspathString();
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            // Kafka's own `StorageTool random-uuid` does just this, without a JVM start of its own.
            List<String> format = List.of(java, "-cp", classpath, "kafka.tools.StorageTool", "format",
                    "-t", Uuid.randomUuid().toString(), "-c", config.toString());
            ChildProcess.run("formatting the storage", format, workspace.repoRoot(), log, Duration.ofMinutes(1));
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(JvmOptions.kafka());
        command.addAll(List.of("-cp", classpath, "kafka.Kafka", config.toString()));
        return ChildProcess.start(command, Map.of(), workspace.repoRoot(), log);
    }

    /** Single node: every internal topic must make do with one replica, or the first consumer group never forms. */
    static String serverProperties(Path logDir, int port, int controllerPort) {
        return """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                log.dirs=%3$s
                num.partitions=1
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=5
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                auto.create.topics.enable=true
                """.formatted(port, controllerPort, logDir.toAbsolutePath());
    }
}
