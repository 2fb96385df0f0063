package org.innovationledger.query.audit.chain;

import org.innovationledger.queryservice.QueryServiceApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Axon Server (profile {@code axonserver}) there is no JDBC event table to chain: the query service starts
 * without one (no Axon Server needed: nobody listens at the address), builds nothing, and the chain's endpoints
 * answer 501 with a problem that says why.
 */
class ChainOnAxonServerTest {

    @TempDir
    Path data;

    @Test
    void theChainEndpointsSayItIsUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(QueryServiceApplication.class)
                .properties("spring.config.name=query-service")
                .run("--server.port=0", "--spring.profiles.active=axonserver", "--ledger.data-dir=" + data,
                        "--axon.axonserver.servers=127.0.0.1:" + closedPort,
                        "--ledger.security.users.[auditor].password="
                                + "{bcrypt}$2a$10$RirRoJR.BbaXScamj64a.ecqZ0GuviMQB08vr0sOfl0TI0splmptK",
                        "--ledger.security.users.[auditor].role=AUDITOR",
                        "--ledger.security.users.[auditor].tenant=region-stockholm")) {
            assertThat(app.getBeanProvider(DataSource.class).getIfAvailable()).isNull();
            assertThat(app.getBean(EventChain.class).isRunning()).as("no builder").isFalse();
            int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
            for (String path : new String[]{"/api/audit/chain", "/api/audit/chain/verification",
                    "/api/audit/chain/checkpoints", "/api/audit/export"}) {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                "auditor:test-secret".getBytes(StandardCharsets.UTF_8))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(501);
                assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                        assertThat(type).startsWith("application/problem+json"));
                assertThat(answer.body()).contains("\"rule\":\"EVENT_CHAIN_UNAVAILABLE\"")
                        .contains("Axon Server");
            }
        }
    }
}
