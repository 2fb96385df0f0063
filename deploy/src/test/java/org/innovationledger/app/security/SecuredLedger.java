package org.innovationledger.app.security;

import org.innovationledger.app.LedgerClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The all-in-one application on fresh embedded stores with the test users, shared by the security tests (one
 * Spring context for all of them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SecuredLedger {

    static final String STOCKHOLM = "region-stockholm";
    static final String VASTERBOTTEN = "region-vasterbotten";

    @DynamicPropertySource
    static void embeddedStores(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", SecuredLedger::dataDir);
        registry.add("ledger.demo", () -> "false");
    }

    private static Path data;

    private static synchronized String dataDir() {
        try {
            if (data == null) {
                data = Files.createTempDirectory("ledger-security-test");
            }
            return data.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    LedgerClient client() {
        return new LedgerClient("http://127.0.0.1:" + port, STOCKHOLM);
    }

    LedgerClient as(String role, String tenant) {
        return client().asTestUser(role, tenant);
    }

    long storedEvents() {
        return jdbc.queryForObject("select count(*) from DomainEventEntry", Long.class);
    }
}
