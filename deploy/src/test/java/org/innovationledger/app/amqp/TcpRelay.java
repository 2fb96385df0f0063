package org.innovationledger.app.amqp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A port that is closed until {@link #open} and then relays to the broker: the broker "comes back" for the
 * application under test without the test touching the real one.
 */
final class TcpRelay implements AutoCloseable {

    private final int port;
    private final List<java.io.Closeable> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;

    private TcpRelay(int port) {
        this.port = port;
    }

    /** A relay on a port nothing listens on yet. */
    static TcpRelay onFreePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new TcpRelay(probe.getLocalPort());
        }
    }

    int port() {
        return port;
    }

    /** Starts relaying every connection to the port to {@code host:targetPort}. */
    void open(String host, int targetPort) throws IOException {
        server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        open.add(server);
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket broker = new Socket(host, targetPort);
                    open.add(client);
                    open.add(broker);
                    pump(client, broker);
                    pump(broker, client);
                } catch (IOException closed) {
                    return;
                }
            }
        }, "tcp-relay-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private static void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException closed) {
                // one side went away: the other is closed with the relay
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-relay-pump");
        pump.setDaemon(true);
        pump.start();
    }

    @Override
    public void close() {
        open.forEach(TcpRelay::closeQuietly);
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
