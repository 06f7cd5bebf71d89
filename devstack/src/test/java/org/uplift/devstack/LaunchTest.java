package org.uplift.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchTest {

    @TempDir
    Path temp;

    private final List<String> events = new CopyOnWriteArrayList<>();

    @Test
    void startsAComponentOnlyOnceWhatItWaitsForIsReady() {
        Launch launch = launch(
                fake("kafka"),
                fake("cpd-service").waitsFor("kafka"));

        launch.run();
        launch.stop();

        assertThat(events.indexOf("ready kafka")).isLessThan(events.indexOf("start cpd-service"));
    }

    @Test
    void stopsWhatWaitsForAComponentBeforeTheComponentItself() {
        Launch launch = launch(
                fake("mongodb"),
                fake("kafka"),
                fake("schools-service").waitsFor("mongodb", "kafka"));
        launch.run();

        launch.stop();

        assertThat(events.indexOf("stop schools-service"))
                .isLessThan(events.indexOf("stop mongodb"))
                .isLessThan(events.indexOf("stop kafka"));
    }

    @Test
    void aComponentThatExitsStopsEverythingStartedAndNamesItsLog() {
        Launch launch = launch(
                fake("kafka"),
                exitsAtOnce("keycloak"),
                fake("gateway").waitsFor("keycloak"));

        assertThatThrownBy(launch::run)
                .isInstanceOf(LocalStack.StartFailure.class)
                .hasMessage("keycloak exited with code 1 before it was ready; see " + temp.resolve("keycloak.log"));
        assertThat(events).contains("stop kafka", "stop keycloak").doesNotContain("start gateway");
    }

    @Test
    void aComponentStoppedBeforeItWasEverReadyIsToldSo() {
        // Waiting for kafka makes the order certain: kafka is up before schools-service fails, so it is stopped.
        Launch launch = launch(
                fake("kafka"),
                exitsAtOnce("schools-service").waitsFor("kafka"));

        assertThatThrownBy(launch::run).isInstanceOf(LocalStack.StartFailure.class);

        assertThat(events).contains("stop kafka", "stop before ready schools-service");
    }

    @Test
    void aComponentThatCannotStartIsReportedInOneLine() {
        Launch launch = launch(Component.named("kafka").startedBy(() -> {
            throw new IOException("no classpath");
        }));

        assertThatThrownBy(launch::run).hasMessage("kafka could not start: no classpath");
    }

    @Test
    void stoppingTwiceStopsEachComponentOnce() {
        Launch launch = launch(fake("kafka"));
        launch.run();

        launch.stop();
        launch.stop();

        assertThat(events).containsOnlyOnce("stop kafka");
    }

    private Launch launch(Component... components) {
        Workspace workspace = new Workspace(temp, temp, temp, temp, new Workspace.Versions("0", "0", "0", "0"), null);
        return new Launch(workspace, List.of(components), new PrintStream(new ByteArrayOutputStream()));
    }

    private Component fake(String name) {
        return Component.named(name).startedBy(() -> {
            events.add("start " + name);
            return new FakeRunning(name, Optional.empty());
        }).readyWhen(() -> events.add("ready " + name));
    }

    private Component exitsAtOnce(String name) {
        return Component.named(name).startedBy(() -> new FakeRunning(name, Optional.of("exited with code 1")));
    }

    private final class FakeRunning implements Running {
        private final String name;
        private final Optional<String> exitReason;

        FakeRunning(String name, Optional<String> exitReason) {
            this.name = name;
            this.exitReason = exitReason;
        }

        @Override
        public Optional<String> exitReason() {
            return exitReason;
        }

        @Override
        public OptionalLong pid() {
            return OptionalLong.empty();
        }

        @Override
        public long residentKiB() {
            return 0;
        }

        @Override
        public Optional<Path> log() {
            return Optional.of(temp.resolve(name + ".log"));
        }

        @Override
        public void stop() {
            events.add("stop " + name);
        }

        @Override
        public void stopBeforeReady() {
            events.add("stop before ready " + name);
            stop();
        }
    }
}
