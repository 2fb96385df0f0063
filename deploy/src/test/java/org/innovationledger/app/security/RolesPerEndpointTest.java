package org.innovationledger.app.security;

import org.innovationledger.app.LedgerClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint the application serves, called by every role and by nobody: a role the policy below does not
 * grant gets 403, nobody gets 401, and a granted role gets through security (its answer is then the
 * endpoint's own, e.g. 400 for the empty body). The endpoints are read from Spring MVC, so a new endpoint
 * without a line in the policy fails this test. Nothing called here may store an event.
 */
class RolesPerEndpointTest extends SecuredLedger {

    private static final List<String> ROLES = List.of("manager", "auditor", "integration", "admin");

    /** The policy as the README states it: first matching line wins. */
    private static final Map<String, Set<String>> POLICY = new LinkedHashMap<>();

    static {
        POLICY.put("GET /api/me", Set.of("manager", "auditor", "integration", "admin"));
        POLICY.put("GET /api/admin/", Set.of("admin"));
        POLICY.put("POST /api/admin/", Set.of("admin"));
        POLICY.put("GET /api/audit/events", Set.of("manager", "auditor", "admin"));
        POLICY.put("GET /api/events", Set.of("integration", "auditor", "admin"));
        POLICY.put("GET /api/webhooks", Set.of("integration", "admin"));
        POLICY.put("POST /api/webhooks", Set.of("integration", "admin"));
        POLICY.put("PUT /api/webhooks", Set.of("integration", "admin"));
        POLICY.put("PATCH /api/webhooks", Set.of("integration", "admin"));
        POLICY.put("DELETE /api/webhooks", Set.of("integration", "admin"));
        POLICY.put("GET /api/audit/", Set.of("auditor", "admin"));
        POLICY.put("POST /api/process-models", Set.of("admin"));
        POLICY.put("POST /api/organisation-units", Set.of("manager", "admin"));
        POLICY.put("POST /api/", Set.of("manager"));
        POLICY.put("GET /api/process-models", Set.of("manager", "auditor", "admin"));
        POLICY.put("GET /api/organisation-units", Set.of("manager", "auditor", "admin"));
        POLICY.put("GET /api/", Set.of("manager", "auditor"));
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** {@code streams}: it answers only as an event stream, which never ends; it is asked for JSON instead (406). */
    record Endpoint(String method, String pattern, boolean streams) {
        String path() {
            return pattern.replaceAll("\\{[^}]+}", "x-1");
        }

        Set<String> allowed() {
            return POLICY.entrySet().stream()
                    .filter(line -> (method + " " + pattern).startsWith(line.getKey())).findFirst()
                    .map(Map.Entry::getValue)
                    .orElseThrow(() -> new AssertionError("no policy line for " + method + " " + pattern
                            + ": add one to POLICY and to the README's security section"));
        }
    }

    private List<Endpoint> apiEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                assertThat(methods).as("every API endpoint names its method: " + pattern).isNotEmpty();
                boolean streams = info.getProducesCondition().getProducibleMediaTypes()
                        .equals(Set.of(MediaType.TEXT_EVENT_STREAM));
                methods.forEach(m -> endpoints.add(new Endpoint(m.name(), pattern, streams)));
            }
        }
        return endpoints;
    }

    @Test
    void everyEndpointAnswersEachRoleAsThePolicySays() {
        List<Endpoint> endpoints = apiEndpoints();
        assertThat(endpoints).as("command and query endpoints are all there").hasSizeGreaterThan(40);
        assertThat(endpoints).as("the live event stream is among them").anyMatch(Endpoint::streams);
        long before = storedEvents();
        Set<String> checked = new TreeSet<>();
        for (Endpoint endpoint : endpoints) {
            Set<String> allowed = endpoint.allowed();
            LedgerClient.Response anonymous = call(client().anonymous(), endpoint);
            assertThat(anonymous.status()).as("nobody: " + endpoint + " " + anonymous).isEqualTo(401);
            assertThat(anonymous.contentType()).startsWith("application/problem+json");
            for (String role : ROLES) {
                LedgerClient.Response answer = call(as(role, STOCKHOLM), endpoint);
                if (allowed.contains(role)) {
                    assertThat(answer.status()).as(role + " may " + endpoint + ": " + answer)
                            .isNotIn(401, 403).isLessThan(500);
                    if (endpoint.streams()) {
                        assertThat(answer.status()).as("through security, but no stream for JSON").isEqualTo(406);
                    }
                } else {
                    assertThat(answer.status()).as(role + " may not " + endpoint + ": " + answer).isEqualTo(403);
                    assertThat(answer.json().get("rule").asText()).isEqualTo("ROLE_NOT_ALLOWED");
                }
                checked.add(role + " " + endpoint.method() + " " + endpoint.pattern());
            }
        }
        assertThat(checked).hasSize(endpoints.size() * ROLES.size());
        assertThat(storedEvents()).as("probing the endpoints stored nothing").isEqualTo(before);
    }

    @Test
    void onlyHealthAndTheApiDocsAreOpen() {
        LedgerClient nobody = client().anonymous();
        assertThat(nobody.get("/actuator/health").status()).isEqualTo(200);
        assertThat(nobody.get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(nobody.get("/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(nobody.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(nobody.get("/actuator/info").status()).isEqualTo(401);
        assertThat(nobody.get("/api/unknown").status()).isEqualTo(401);
        assertThat(as("manager", STOCKHOLM).get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(as("admin", STOCKHOLM).get("/actuator/prometheus").status()).isNotIn(401, 403);
        assertThat(as("manager", STOCKHOLM).get("/api/unknown").status()).as("no rule, no entry").isEqualTo(403);
    }

    private static LedgerClient.Response call(LedgerClient client, Endpoint endpoint) {
        if (endpoint.streams()) {
            return client.get(endpoint.path(), "Accept", "application/json");
        }
        return endpoint.method().equals("GET")
                ? client.get(endpoint.path())
                : client.send(endpoint.method(), endpoint.path(), HttpRequest.BodyPublishers.ofString("{}"),
                "Content-Type", "application/json");
    }
}
