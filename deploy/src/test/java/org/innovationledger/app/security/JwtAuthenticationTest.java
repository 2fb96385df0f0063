package org.innovationledger.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.innovationledger.app.LedgerClient;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API as an OAuth2 resource server: bearer JWTs from a real issuer (a JDK HTTP server on 127.0.0.1 serving
 * OpenID discovery and the JWKS, started before the Spring context) are verified by signature, issuer and
 * expiry, and their claims decide who the ledger takes the caller for. HTTP Basic with local users keeps working.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JwtAuthenticationTest {

    private static final String SKANE = "region-skane";
    private static final String KEY_ID = "ledger-test-key";
    private static final String UNIT = """
            {"name":"Skånes universitetssjukhus","kind":"HOSPITAL","reason":"r"}""";

    /** The identity provider's key; the JWKS publishes its public half. */
    private static final RSAKey SIGNING_KEY = rsaKey();
    /** Someone else's key under the same key id: only the signature check can tell the difference. */
    private static final RSAKey FOREIGN_KEY = rsaKey();
    private static final HttpServer IDENTITY_PROVIDER = startIdentityProvider();
    private static final String ISSUER = "http://127.0.0.1:" + IDENTITY_PROVIDER.getAddress().getPort();
    private static final Path DATA = createDataDir();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
        registry.add("ledger.data-dir", DATA::toString);
        registry.add("ledger.demo", () -> "false");
    }

    @AfterAll
    static void stopIdentityProvider() {
        IDENTITY_PROVIDER.stop(0);
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    @Test
    void meNamesTheCallerFromTheTokensClaims() {
        LedgerClient.Response me = withToken(token(claims("karin.lund", "AUDITOR", SKANE))).get("/api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        JsonNode body = me.json();
        assertThat(body.get("principal").asText()).isEqualTo("karin.lund");
        assertThat(body.get("role").asText()).isEqualTo("AUDITOR");
        assertThat(body.get("tenant").asText()).isEqualTo(SKANE);
        assertThat(body.get("authenticatedBy").asText()).isEqualTo("identity-provider");
    }

    @Test
    void anAuditorsTokenReadsThePortfolioOfItsOwnTenant() {
        LedgerClient.Response portfolio = withToken(token(claims("karin.lund", "AUDITOR", SKANE)))
                .get("/api/portfolio");
        assertThat(portfolio.status()).as(portfolio.toString()).isEqualTo(200);
        assertThat(portfolio.json().get("tenant").asText()).isEqualTo(SKANE);
    }

    @Test
    void anAuditorsTokenMayNotRegisterAUnit() {
        LedgerClient.Response refused = withToken(token(claims("karin.lund", "AUDITOR", SKANE)))
                .post("/api/organisation-units", UNIT);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("rule").asText()).isEqualTo("ROLE_NOT_ALLOWED");
    }

    @Test
    void whatAManagersTokenRegistersIsStoredUnderTheTokensIdentity() {
        LedgerClient.Response unit = withToken(token(claims("per.holm", "PORTFOLIO_MANAGER", SKANE)))
                .post("/api/organisation-units", UNIT);
        assertThat(unit.status()).as(unit.toString()).isEqualTo(201);

        // The event store is the record integrators and auditors rely on: who acted must be the token's caller.
        MetaData metaData = eventStore.readEvents(unit.json().get("id").asText()).next().getMetaData();
        assertThat(metaData).containsEntry(LedgerMetadata.PRINCIPAL, "per.holm")
                .containsEntry(LedgerMetadata.ROLE, "PORTFOLIO_MANAGER")
                .containsEntry(LedgerMetadata.TENANT, SKANE)
                .as("the audit trail tells a token's principal from a local user's")
                .containsEntry(LedgerMetadata.AUTHENTICATED_BY, ISSUER);
    }

    @Test
    void expiredForeignOtherIssuersOrGarbageTokensAre401ProblemsAskingForABearerToken() {
        Instant longAgo = Instant.now().minus(Duration.ofHours(2));
        Map<String, String> invalid = new LinkedHashMap<>();
        // Well past Spring's default clock skew of 60 s.
        invalid.put("expired", token(claims("karin.lund", "AUDITOR", SKANE)
                .issueTime(Date.from(longAgo)).expirationTime(Date.from(longAgo.plus(Duration.ofMinutes(5))))));
        invalid.put("signed by another key", token(claims("karin.lund", "AUDITOR", SKANE), FOREIGN_KEY));
        invalid.put("another issuer", token(claims("karin.lund", "AUDITOR", SKANE)
                .issuer("http://127.0.0.1:1/realms/elsewhere")));
        invalid.put("garbage", "not-a-jwt");

        invalid.forEach((what, token) -> {
            LedgerClient.Response refused = withToken(token).get("/api/portfolio");
            assertThat(refused.status()).as(what + ": " + refused).isEqualTo(401);
            assertThat(refused.contentType()).as(what).startsWith("application/problem+json");
            assertThat(refused.header("WWW-Authenticate")).as(what).contains("Bearer");
            assertThat(refused.header("WWW-Authenticate")).as("RFC 6750: " + what).contains("invalid_token");
        });
    }

    @Test
    void aTokenWithTwoLedgerRolesOrNoTenantAuthenticatesButMayCallNothing() {
        // Separation of duties: the ledger never guesses which of two roles the caller acts in.
        String twoRoles = token(claims("karin.lund", List.of("ADMIN", "AUDITOR"), SKANE));
        // A null value leaves the claim out of the token.
        String noTenant = token(claims("karin.lund", "AUDITOR", SKANE).claim("ledger_tenant", null));

        for (String token : List.of(twoRoles, noTenant)) {
            for (String path : List.of("/api/portfolio", "/api/me")) {
                LedgerClient.Response refused = withToken(token).get(path);
                assertThat(refused.status()).as(path + ": " + refused).isEqualTo(403);
                assertThat(refused.json().get("rule").asText()).isEqualTo("ROLE_NOT_ALLOWED");
            }
        }
    }

    @Test
    void httpBasicWithALocalUserStillWorksNextToTheIdentityProvider() {
        LedgerClient.Response me = new LedgerClient(baseUrl(), "region-stockholm").get("/api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("principal").asText()).isEqualTo("manager@region-stockholm");
        assertThat(me.json().get("authenticatedBy").asText()).isEqualTo("local-user");
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** No Basic credentials: the bearer token is the only way these calls can authenticate. */
    private Bearer withToken(String token) {
        return new Bearer(new LedgerClient(baseUrl(), SKANE).anonymous(), "Bearer " + token);
    }

    private record Bearer(LedgerClient anonymous, String authorization) {
        LedgerClient.Response get(String path) {
            return anonymous.get(path, "Authorization", authorization);
        }

        LedgerClient.Response post(String path, String json) {
            return anonymous.post(path, json, "Authorization", authorization);
        }
    }

    /** What the identity provider would put in a token for the ledger; valid for five minutes from now. */
    private static JWTClaimsSet.Builder claims(String user, Object role, String tenant) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("sub-" + user)
                .claim("preferred_username", user)
                .claim("ledger_role", role)
                .claim("ledger_tenant", tenant)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
    }

    private static String token(JWTClaimsSet.Builder claims) {
        return token(claims, SIGNING_KEY);
    }

    private static String token(JWTClaimsSet.Builder claims, RSAKey key) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static RSAKey rsaKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(KEY_ID).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** OpenID discovery and the JWKS, as Spring reads them on the first bearer token it has to verify. */
    private static HttpServer startIdentityProvider() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String issuer = "http://127.0.0.1:" + server.getAddress().getPort();
            String discovery = """
                    {"issuer":"%s","jwks_uri":"%s/jwks","id_token_signing_alg_values_supported":["RS256"]}"""
                    .formatted(issuer, issuer);
            String jwks = new JWKSet(SIGNING_KEY.toPublicJWK()).toString();
            server.createContext("/.well-known/openid-configuration", exchange -> respond(exchange, discovery));
            server.createContext("/jwks", exchange -> respond(exchange, jwks));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("ledger-jwt-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
