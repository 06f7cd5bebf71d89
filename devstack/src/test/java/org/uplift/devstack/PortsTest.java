package org.uplift.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aListenerOnAllInterfacesMakesTheLoopbackPortBusy() throws IOException {
        try (ServerSocket listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 0));

            assertThat(Ports.isBusy(listener.getLocalPort())).isTrue();
        }
    }

    @Test
    void aPortNobodyHoldsIsFree() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }

        assertThat(Ports.isBusy(port)).isFalse();
    }

    @Test
    void namesTheFirstBusyPortWithItsComponent() throws IOException {
        try (ServerSocket held = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int busy = held.getLocalPort();
            List<Component> stack = List.of(
                    Component.named("keycloak"),
                    Component.named("kafka").ports(busy, busy));

            assertThat(Ports.firstBusy(stack)).contains("port " + busy + " (kafka)");
        }
    }

    @Test
    void componentsWithoutPortsAreNeverBusy() {
        assertThat(Ports.firstBusy(List.of(Component.named("mongodb")))).isEmpty();
    }
}
