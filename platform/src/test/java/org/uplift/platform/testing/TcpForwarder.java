package org.uplift.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A loopback port that forwards to a target chosen later: tests point a client at it before the real server exists,
 * to play "the server is down" and then "it is back" without fixing the server's own port.
 */
public final class TcpForwarder implements AutoCloseable {

    private final ServerSocket listener;
    private volatile InetSocketAddress target;

    private TcpForwarder() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    public static TcpForwarder create() {
        try {
            return new TcpForwarder();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** From now on, connections are forwarded to {@code host:port}; until then they are refused at once. */
    public void forwardTo(String host, int port) {
        target = new InetSocketAddress(host, port);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                InetSocketAddress to = target;
                if (to == null) {
                    client.close();
                    continue;
                }
                Socket server = new Socket(to.getHostString(), to.getPort());
                Thread.ofVirtual().start(() -> pipe(client, server));
                Thread.ofVirtual().start(() -> pipe(server, client));
            } catch (IOException e) {
                // listener closed or target refused: the client sees a dropped connection, as with a dead server
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // either side closed
        } finally {
            try {
                from.close();
                to.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
