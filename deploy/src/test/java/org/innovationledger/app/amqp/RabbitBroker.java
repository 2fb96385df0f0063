package org.innovationledger.app.amqp;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The test's own view of the RabbitMQ the CI machine runs on 127.0.0.1:5672 (guest/guest): binds queues to the
 * ledger's exchange the way a consumer would, reads what arrived, and deletes what it declared.
 */
final class RabbitBroker implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    static final int PORT = 5672;
    static final String UNREACHABLE = "RabbitMQ not reachable on 127.0.0.1:5672: AMQP test skipped";

    private final Connection connection;
    private final Channel channel;
    private final String exchange;
    private final List<String> queues = new ArrayList<>();

    private RabbitBroker(String exchange) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(HOST);
        factory.setPort(PORT);
        factory.setUsername("guest");
        factory.setPassword("guest");
        this.connection = factory.newConnection("innovation-ledger-test");
        this.channel = connection.createChannel();
        this.exchange = exchange;
        // the same declaration as the publisher's, so either may come first
        channel.exchangeDeclare(exchange, "topic", true, false, null);
    }

    /** Whether something answers on the broker's port. */
    static boolean reachable() {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(HOST, PORT), 1000);
            return true;
        } catch (IOException unreachable) {
            return false;
        }
    }

    /** A connection to the broker with the exchange declared, or null when no broker answers. */
    static RabbitBroker connect(String exchange) {
        if (!reachable()) {
            return null;
        }
        try {
            return new RabbitBroker(exchange);
        } catch (Exception e) {
            throw new IllegalStateException("RabbitMQ answers on " + HOST + ":" + PORT + " but refused guest/guest", e);
        }
    }

    static String uniqueExchange(String purpose) {
        return "innovation-ledger.test." + purpose + "." + UUID.randomUUID();
    }

    /** A queue of the test's own bound with this binding key. */
    String bind(String bindingKey) throws IOException {
        String queue = channel.queueDeclare("", false, false, false, null).getQueue();
        queues.add(queue);
        channel.queueBind(queue, exchange, bindingKey);
        return queue;
    }

    /** Everything in the queue now, oldest first, acknowledged. */
    List<GetResponse> drain(String queue) throws IOException {
        List<GetResponse> messages = new ArrayList<>();
        for (GetResponse message = channel.basicGet(queue, true); message != null;
             message = channel.basicGet(queue, true)) {
            messages.add(message);
        }
        return messages;
    }

    @Override
    public void close() throws Exception {
        try {
            for (String queue : queues) {
                channel.queueDelete(queue);
            }
            channel.exchangeDelete(exchange);
        } finally {
            connection.close();
        }
    }
}
