package org.uplift.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopologyTest {

    @TempDir
    Path temp;

    @Test
    void runsAMailCatcherOnTheSmtpAndApiPortsTheDocsGive() {
        Component mail = component("mail-catcher");

        assertThat(mail.ports()).containsExactly(3025, 8025);
        assertThat(mail.waitsFor()).isEmpty();
        assertThat(Topology.MAIL_URL).isEqualTo("http://127.0.0.1:8025");
    }

    @Test
    void everyServiceWaitsForTheMailCatcherSoNoEarlyEmailMeetsAClosedPort() {
        for (SpringService service : Topology.SERVICES) {
            assertThat(component(service.module()).waitsFor()).contains("mongodb", "kafka", "mail-catcher");
        }
        List<String> names = declare().stream().map(Component::name).toList();
        assertThat(names.indexOf("mail-catcher")).isLessThan(names.indexOf("cpd-service"));
    }

    @Test
    void servicesAreToldWhereToSendMailWhateverTheShellSays() {
        assertThat(Topology.serviceEnvironment(workspace()))
                .containsEntry("MAIL_HOST", "127.0.0.1")
                .containsEntry("MAIL_PORT", "3025");
    }

    @Test
    void noTwoComponentsClaimTheSamePort() {
        List<Integer> ports = declare().stream().flatMap(component -> component.ports().stream()).toList();

        assertThat(ports).doesNotHaveDuplicates().contains(8080, 8081, 8082, 8083, 8084, 8180, 9092, 27017, 3025);
    }

    private Component component(String name) {
        return declare().stream().filter(component -> component.name().equals(name)).findFirst().orElseThrow();
    }

    private List<Component> declare() {
        return Topology.declare(workspace(), () -> {
            throw new IOException("declaring starts nothing");
        }, false);
    }

    private Workspace workspace() {
        return new Workspace(temp, temp, temp, temp, new Workspace.Versions("0", "4.1.2", "26.7.3", "2.1.13"), null);
    }
}
