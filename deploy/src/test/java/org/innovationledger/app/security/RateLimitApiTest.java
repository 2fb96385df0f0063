package org.innovationledger.app.security;

import org.innovationledger.app.LedgerClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limit and the failed sign-in limit over HTTP, set low so the test sees them bite. The sign-in limit
 * blocks the test's own address, so it runs last.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.demo=false", "ledger.data-dir=target/rate-limit-test-data",
        "ledger.security.rate-limit.burst=10", "ledger.security.rate-limit.requests-per-second=0.5",
        "ledger.security.failed-sign-ins.max=3", "ledger.security.failed-sign-ins.window=10m"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RateLimitApiTest {

    @LocalServerPort
    int port;

    @Test
    @Order(1)
    void aClientPastItsBurstGets429WhileOthersAndHealthProbesGoOn() {
        LedgerClient manager = new LedgerClient("http://127.0.0.1:" + port, "region-stockholm");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(manager.get("/api/me").status());
        }
        assertThat(statuses.subList(0, 10)).containsOnly(200);
        LedgerClient.Response limited = manager.get("/api/me");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.json().get("rule").asText()).isEqualTo("RATE_LIMITED");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 2);

        assertThat(manager.asTestUser("auditor", "region-stockholm").get("/api/me").status())
                .as("another client has its own bucket").isEqualTo(200);
        for (int i = 0; i < 20; i++) {
            assertThat(manager.anonymous().get("/actuator/health").status()).isEqualTo(200);
        }
    }

    @Test
    @Order(2)
    void afterTooManyFailedSignInsAnAddressWaitsEvenWithTheRightPassword() {
        LedgerClient client = new LedgerClient("http://127.0.0.1:" + port, "region-vasterbotten");
        LedgerClient guesser = client.as("manager@region-vasterbotten", "guess");
        for (int i = 0; i < 3; i++) {
            assertThat(guesser.get("/api/me").status()).isEqualTo(401);
        }
        LedgerClient.Response blocked = client.get("/api/me");
        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(429);
        assertThat(blocked.json().get("rule").asText()).isEqualTo("TOO_MANY_FAILED_SIGN_INS");
        assertThat(blocked.header("Retry-After")).isNotNull();
        assertThat(client.anonymous().get("/actuator/health").status()).as("no credentials, not a sign-in")
                .isEqualTo(200);
    }
}
