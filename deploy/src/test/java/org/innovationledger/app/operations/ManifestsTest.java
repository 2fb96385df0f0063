package org.innovationledger.app.operations;

import org.innovationledger.app.operations.ControllerMappings.Mapping;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The distributed deployment's files (deploy/compose, deploy/kubernetes, deploy/docker) against the services they
 * run: profiles and settings the services really read, probe paths and ports, the MongoDB replica set, and the one
 * origin's routing against the controllers' mappings. Reads files only: no Docker, no cluster.
 */
class ManifestsTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path DEPLOY = REPOSITORY.resolve("deploy");
    private static final Path COMPOSE = DEPLOY.resolve("compose");
    private static final Path KUBERNETES = DEPLOY.resolve("kubernetes");
    private static final String LIVENESS = "/actuator/health/liveness";
    private static final String READINESS = "/actuator/health/readiness";
    private static final String REPLICA_SET = "rs0";
    private static final Pattern COMPOSE_VARIABLE = Pattern.compile("\\$\\{(\\w+)(?::?[-?]([^}]*))?}");

    private static ServiceSettings command;
    private static ServiceSettings query;
    private static List<Mapping> commandMappings;
    private static List<Mapping> queryMappings;
    private static List<Mapping> sharedMappings;
    private static ProxyRoutes proxy;

    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void readTheServices() throws IOException {
        command = ServiceSettings.command(REPOSITORY);
        query = ServiceSettings.query(REPOSITORY);
        List<Path> all = List.of(REPOSITORY.resolve("command-side/src/main/java"),
                REPOSITORY.resolve("query-side/src/main/java"), REPOSITORY.resolve("security/src/main/java"));
        commandMappings = ControllerMappings.scan(List.of(all.get(0)), all);
        queryMappings = ControllerMappings.scan(List.of(all.get(1)), all);
        // the security module's endpoints (/api/me, /login's page, /error) are in both services
        sharedMappings = ControllerMappings.scan(List.of(all.get(2)), all);
        proxy = new ProxyRoutes(Files.readString(COMPOSE.resolve("nginx.conf")));
    }

    // ---- the one origin: routing against the controllers ----

    @Test
    void theControllerScanFindsTheMappingsItIsAbout() {
        // guards the source scan itself: a scan that finds nothing would make the routing checks pass vacuously
        assertThat(commandMappings).extracting(Mapping::toString)
                .anyMatch(m -> m.startsWith("POST /api/initiatives/{id}/gate-decisions "))
                .anyMatch(m -> m.startsWith("POST /api/agreements/{agreementId}/baselines "));
        assertThat(queryMappings).extracting(Mapping::toString)
                .anyMatch(m -> m.startsWith("GET /api/initiatives/{initiativeId} "))
                .anyMatch(m -> m.startsWith("POST /api/admin/replays "))
                .anyMatch(m -> m.startsWith("GET /login "))
                .anyMatch(m -> m.startsWith("GET /api/events/stream "));
        assertThat(sharedMappings).extracting(Mapping::toString).anyMatch(m -> m.startsWith("GET /api/me "));
    }

    @Test
    void theProxyRoutesEveryCommandMappingToTheCommandService() {
        for (Mapping mapping : commandMappings) {
            String service = proxy.serviceFor(mapping.method(), mapping.samplePath());
            if (!"command".equals(service)) {
                problems.add(mapping + " is routed to " + service + ", not to the command service that maps it");
            }
        }
        assertNoProblems("nginx.conf's map must send every command-side mapping to the command service");
    }

    @Test
    void theProxyRoutesEveryQueryAndSharedMappingToTheQueryService() {
        List<Mapping> mappings = new ArrayList<>(queryMappings);
        mappings.addAll(sharedMappings);
        for (Mapping mapping : mappings) {
            String service = proxy.serviceFor(mapping.method(), mapping.samplePath());
            if (!"query".equals(service)) {
                problems.add(mapping + " is routed to " + service + ", but only the query service maps it");
            }
        }
        // the parts of the web interface that are no controller mapping
        for (String path : List.of("/ui/assets/ledger-forms.js", "/ui/assets/ledger.css", "/login", "/logout")) {
            for (String method : List.of("GET", "POST")) {
                if (!"query".equals(proxy.serviceFor(method, path))) {
                    problems.add(method + " " + path + " (sign-in, sign-out, static assets) is not routed to query");
                }
            }
        }
        assertNoProblems("nginx.conf's map must send every query-side mapping to the query service");
    }

    @Test
    void everyRouteToTheCommandServiceIsAPathItMaps() {
        assertThat(proxy.defaultService).as("the map's default (web interface, reads, feed)").isEqualTo("query");
        for (ProxyRoutes.Route route : proxy.routes) {
            List<Mapping> owners = (route.service().equals("command") ? commandMappings : queryMappings).stream()
                    .filter(m -> route.pattern().matcher(m.method() + " " + m.samplePath()).find())
                    .toList();
            if (owners.isEmpty()) {
                problems.add("route " + route.regex() + " → " + route.service() + " matches no mapping of that service");
            }
        }
        for (String pass : proxy.proxyPasses) {
            if (!pass.equals("http://$" + proxy.variable)) {
                problems.add("proxy_pass " + pass + " bypasses the routing map ($" + proxy.variable + ")");
            }
        }
        assertNoProblems("every route in nginx.conf must lead to a service that maps it");
    }

    @Test
    void theProxysUpstreamsAreTheServicesOnTheirPorts() {
        assertThat(proxy.upstreams).containsOnlyKeys("command", "query");
        assertThat(proxy.upstreams.get("command")).as("upstream command").isEqualTo("command:" + command.port);
        assertThat(proxy.upstreams.get("query")).as("upstream query").isEqualTo("query:" + query.port);
    }

    // ---- Docker Compose ----

    @ParameterizedTest
    @ValueSource(strings = {"axonserver", "postgres"})
    void composeServicesRunTheirVariantsProfileWithSettingsTheServicesRead(String variant) {
        Map<String, Object> services = composeServices(variant);
        for (ServiceSettings side : List.of(command, query)) {
            String name = serviceName(side);
            Map<String, String> env = composeEnvironment(services.get(name));
            checkEnvironment("compose/" + variant + ".yml service " + name, side, variant, env);
        }
        assertNoProblems("Compose file " + variant + ".yml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"axonserver", "postgres"})
    void composeScalesTheServicesAndChecksReadinessOnTheirPorts(String variant) {
        Map<String, Object> services = composeServices(variant);
        for (ServiceSettings side : List.of(command, query)) {
            String name = serviceName(side);
            Object service = services.get(name);
            Map<String, String> env = composeEnvironment(service);
            int port = env.containsKey("PORT") ? Integer.parseInt(env.get("PORT")) : side.port;
            if (ServiceSettings.at(service, "deploy", "replicas") == null) {
                problems.add(name + ": no deploy.replicas (N or M instances)");
            }
            for (String fixed : List.of("container_name", "ports", "hostname")) {
                if (ServiceSettings.at(service, fixed) != null) {
                    problems.add(name + ": " + fixed + " set, which prevents running more than one instance");
                }
            }
            List<?> test = KustomizeOverlay.list(ServiceSettings.at(service, "healthcheck", "test"));
            String url = "http://127.0.0.1:" + port + READINESS;
            if (!test.contains(url)) {
                problems.add(name + ": the healthcheck " + test + " does not ask " + url);
            }
            if (!KustomizeOverlay.list(ServiceSettings.at(service, "expose")).contains(String.valueOf(port))) {
                problems.add(name + ": does not expose its port " + port);
            }
            Object args = ServiceSettings.at(service, "build", "args");
            String module = name + "-side";
            if (!module.equals(ServiceSettings.at(args, "SERVICE"))
                    || !String.valueOf(port).equals(ServiceSettings.at(args, "PORT"))) {
                problems.add(name + ": build args " + args + " are not SERVICE=" + module + ", PORT=" + port);
            }
        }
        Object proxyService = services.get("proxy");
        if (!KustomizeOverlay.list(ServiceSettings.at(proxyService, "volumes"))
                .contains("./nginx.conf:/etc/nginx/templates/default.conf.template:ro")) {
            problems.add("proxy: does not use ./nginx.conf as its template");
        }
        assertNoProblems("Compose file " + variant + ".yml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"axonserver", "postgres"})
    void composeMongoUriNamesTheReplicaSetAndItsThreeMembers(String variant) {
        Map<String, Object> services = composeServices(variant);
        List<String> hosts = replicaSetHosts(composeEnvironment(services.get("query")).get("MONGODB_URI"));
        for (String host : hosts) {
            Object member = services.get(host.substring(0, host.indexOf(':')));
            if (member == null) {
                problems.add("MONGODB_URI names " + host + ", which is no service");
            } else if (!String.valueOf(ServiceSettings.at(member, "command")).contains("--replSet, " + REPLICA_SET)) {
                problems.add(host + " does not run mongod --replSet " + REPLICA_SET);
            }
        }
        Map<String, String> init = composeEnvironment(services.get("mongo-init"));
        checkReplicaSetInit("mongo-init", init, hosts);
        if (!"service_completed_successfully".equals(
                ServiceSettings.at(services.get("query"), "depends_on", "mongo-init", "condition"))) {
            problems.add("query does not wait for mongo-init to complete");
        }
        assertNoProblems("MongoDB replica set in " + variant + ".yml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"axonserver", "postgres"})
    void composeStartsTheEventStoreTheServicesName(String variant) {
        Map<String, Object> services = composeServices(variant);
        Map<String, String> env = composeEnvironment(services.get("command"));
        String host = eventStoreAddress(variant, env);
        Object store = services.get(host.substring(0, host.indexOf(':')));
        String image = String.valueOf(ServiceSettings.at(store, "image"));
        String expected = variant.equals("postgres") ? "postgres:15" : "axoniq/axonserver:";
        if (!image.startsWith(expected) || image.endsWith(":latest")) {
            problems.add("the event store " + host + " runs image " + image + ", not a pinned " + expected + "…");
        }
        assertNoProblems("event store in " + variant + ".yml");
    }

    // ---- Kubernetes ----

    @Test
    void kubernetesHasABaseAndOneOverlayPerVariantWithTheComposeFilesCopiedUnchanged() throws IOException {
        for (String variant : List.of("axonserver", "postgres")) {
            assertThat(KUBERNETES.resolve(variant).resolve("kustomization.yaml")).exists();
        }
        KustomizeOverlay base = new KustomizeOverlay(KUBERNETES.resolve("base"));
        assertThat(base.configMapFiles.get("ledger-proxy").get("nginx.conf"))
                .as("the Kubernetes proxy's nginx.conf").hasSameTextualContentAs(COMPOSE.resolve("nginx.conf"));
        assertThat(base.configMapFiles.get("mongo-init").get("mongo-init-replica-set.js"))
                .as("the Kubernetes replica-set init script")
                .hasSameTextualContentAs(COMPOSE.resolve("mongo-init-replica-set.js"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"axonserver", "postgres"})
    void kubernetesDeploymentsRunTheirVariantsProfileWithSettingsTheServicesRead(String variant) {
        KustomizeOverlay overlay = new KustomizeOverlay(KUBERNETES.resolve(variant));
        for (ServiceSettings side : List.of(command, query)) {
            String name = serviceName(side);
            checkEnvironment("kubernetes/" + variant + " Deployment " + name, side, variant,
                    overlay.environment(name, name));
            for (Map.Entry<String, Map<String, Object>> e : overlay.explicitEnv(name, name).entrySet()) {
                Object secret = ServiceSettings.at(e.getValue(), "valueFrom", "secretKeyRef", "name");
                Object key = ServiceSettings.at(e.getValue(), "valueFrom", "secretKeyRef", "key");
                if (secret != null && !overlay.secret(secret.toString()).containsKey(key.toString())) {
                    problems.add(name + ": " + e.getKey() + " comes from Secret " + secret + " key " + key
                            + ", which does not exist");
                }
            }
        }
        assertNoProblems("Kubernetes overlay " + variant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"axonserver", "postgres"})
    void kubernetesProbesAskLivenessAndReadinessOnTheServicesPorts(String variant) {
        KustomizeOverlay overlay = new KustomizeOverlay(KUBERNETES.resolve(variant));
        for (ServiceSettings side : List.of(command, query)) {
            String name = serviceName(side);
            Map<String, Object> deployment = overlay.named("Deployment", name);
            Map<String, Object> container = KustomizeOverlay.container(deployment, name);
            Map<String, String> env = overlay.environment(name, name);
            int port = env.containsKey("PORT") ? Integer.parseInt(env.get("PORT")) : side.port;
            Object containerPort = ServiceSettings.at(KustomizeOverlay.list(container.get("ports")).get(0), "containerPort");
            if (!Integer.valueOf(port).equals(containerPort)) {
                problems.add(name + ": containerPort " + containerPort + " is not the service's port " + port);
            }
            checkProbe(name, container, "startupProbe", LIVENESS);
            checkProbe(name, container, "livenessProbe", LIVENESS);
            checkProbe(name, container, "readinessProbe", READINESS);
            if (!side.properties.contains("management.endpoint.health.probes.enabled")) {
                problems.add(side.name + " does not enable the health probe groups");
            }
            Object annotations = ServiceSettings.at(deployment, "spec", "template", "metadata", "annotations");
            if (!String.valueOf(port).equals(ServiceSettings.at(annotations, "prometheus.io/port"))
                    || !"/actuator/prometheus".equals(ServiceSettings.at(annotations, "prometheus.io/path"))) {
                problems.add(name + ": Prometheus annotations " + annotations + " do not name port " + port
                        + " and /actuator/prometheus");
            }
            for (String resource : List.of("requests", "limits")) {
                if (ServiceSettings.at(container, "resources", resource, "memory") == null) {
                    problems.add(name + ": no memory " + resource);
                }
            }
            // the proxy's upstream: a headless Service of the service's own name and port, selecting its pods
            Map<String, Object> service = overlay.named("Service", name);
            if (!"None".equals(ServiceSettings.at(service, "spec", "clusterIP"))) {
                problems.add("Service " + name + " is not headless, so the proxy could not reach each instance");
            }
            Object servicePort = ServiceSettings.at(KustomizeOverlay.list(ServiceSettings.at(service, "spec", "ports")).get(0), "port");
            if (!Integer.valueOf(port).equals(servicePort)) {
                problems.add("Service " + name + " port " + servicePort + " is not " + port + " (nginx.conf's upstream)");
            }
            checkSelects("Service " + name, ServiceSettings.at(service, "spec", "selector"), deployment);
            checkDisruptionBudget(overlay, name, deployment);
        }
        assertNoProblems("Kubernetes overlay " + variant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"axonserver", "postgres"})
    void kubernetesIngressSendsEverythingToTheProxyWithTheComposeRouting(String variant) {
        KustomizeOverlay overlay = new KustomizeOverlay(KUBERNETES.resolve(variant));
        for (Map<String, Object> ingress : overlay.ofKind("Ingress")) {
            for (Object rule : KustomizeOverlay.list(ServiceSettings.at(ingress, "spec", "rules"))) {
                for (Object path : KustomizeOverlay.list(ServiceSettings.at(rule, "http", "paths"))) {
                    Object backend = ServiceSettings.at(path, "backend", "service", "name");
                    if (!"proxy".equals(backend) || !"/".equals(ServiceSettings.at(path, "path"))) {
                        problems.add("Ingress path " + ServiceSettings.at(path, "path") + " → " + backend
                                + ": only / → proxy routes by method as nginx.conf does");
                    }
                }
            }
        }
        assertThat(overlay.ofKind("Ingress")).as("Ingress").isNotEmpty();
        Map<String, Object> proxyDeployment = overlay.named("Deployment", "proxy");
        checkSelects("Service proxy", ServiceSettings.at(overlay.named("Service", "proxy"), "spec", "selector"),
                proxyDeployment);
        Object volumes = ServiceSettings.at(proxyDeployment, "spec", "template", "spec", "volumes");
        if (!String.valueOf(volumes).contains("name=ledger-proxy")) {
            problems.add("the proxy Deployment does not mount ConfigMap ledger-proxy (nginx.conf): " + volumes);
        }
        assertNoProblems("Kubernetes Ingress and proxy in " + variant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"axonserver", "postgres"})
    void kubernetesMongoUriNamesTheReplicaSetAndTheThreeMembersOfTheStatefulSet(String variant) {
        KustomizeOverlay overlay = new KustomizeOverlay(KUBERNETES.resolve(variant));
        Object ref = ServiceSettings.at(overlay.explicitEnv("query", "query").get("MONGODB_URI"), "valueFrom", "secretKeyRef");
        assertThat(ref).as("query's MONGODB_URI from a Secret").isNotNull();
        String uri = String.valueOf(overlay.secret(ServiceSettings.at(ref, "name").toString())
                .get(ServiceSettings.at(ref, "key").toString()));
        List<String> hosts = replicaSetHosts(uri);
        Map<String, Object> mongo = overlay.named("StatefulSet", "mongo");
        String governing = String.valueOf(ServiceSettings.at(mongo, "spec", "serviceName"));
        List<String> members = new ArrayList<>();
        Object replicas = ServiceSettings.at(mongo, "spec", "replicas");
        for (int i = 0; i < (Integer) replicas; i++) {
            members.add("mongo-" + i + "." + governing + ":27017");
        }
        if (!members.equals(hosts)) {
            problems.add("MONGODB_URI names " + hosts + " but the StatefulSet's members are " + members);
        }
        if (!String.valueOf(KustomizeOverlay.container(mongo, "mongo").get("args")).contains("--replSet, " + REPLICA_SET)) {
            problems.add("the mongo StatefulSet does not run mongod --replSet " + REPLICA_SET);
        }
        Map<String, Object> job = overlay.named("Job", "mongo-init-replica-set");
        Map<String, String> init = new LinkedHashMap<>();
        for (Object e : KustomizeOverlay.list(ServiceSettings.at(
                KustomizeOverlay.list(ServiceSettings.at(job, "spec", "template", "spec", "containers")).get(0), "env"))) {
            init.put(String.valueOf(ServiceSettings.at(e, "name")), String.valueOf(ServiceSettings.at(e, "value")));
        }
        checkReplicaSetInit("Job mongo-init-replica-set", init, hosts);
        assertNoProblems("MongoDB replica set in kubernetes/" + variant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"axonserver", "postgres"})
    void kubernetesRunsTheEventStoreTheServicesName(String variant) {
        KustomizeOverlay overlay = new KustomizeOverlay(KUBERNETES.resolve(variant));
        String address = eventStoreAddress(variant, overlay.environment("command", "command"));
        String host = address.substring(0, address.indexOf(':'));
        int port = Integer.parseInt(address.substring(address.indexOf(':') + 1));
        Map<String, Object> service = overlay.named("Service", host);
        boolean hasPort = KustomizeOverlay.list(ServiceSettings.at(service, "spec", "ports")).stream()
                .anyMatch(p -> Integer.valueOf(port).equals(ServiceSettings.at(p, "port")));
        if (!hasPort) {
            problems.add("Service " + host + " has no port " + port);
        }
        Map<String, Object> store = overlay.named("StatefulSet", host);
        checkSelects("Service " + host, ServiceSettings.at(service, "spec", "selector"), store);
        assertNoProblems("event store in kubernetes/" + variant);
    }

    // ---- both ----

    @Test
    void noDemoUsersAndOnlyHashedPasswordsInTheUsersGivenToTheServices() {
        String composeUsers = read(COMPOSE.resolve("ledger-users.example.yml"));
        checkUsers("compose/ledger-users.example.yml", composeUsers);
        checkUsers("kubernetes Secret ledger-secrets",
                String.valueOf(new KustomizeOverlay(KUBERNETES.resolve("base")).secret("ledger-secrets").get("ledger-users.yml")));
        for (String variant : List.of("axonserver", "postgres")) {
            List<Map<String, String>> environments = new ArrayList<>();
            KustomizeOverlay overlay = new KustomizeOverlay(KUBERNETES.resolve(variant));
            for (String name : List.of("command", "query")) {
                environments.add(composeEnvironment(composeServices(variant).get(name)));
                environments.add(overlay.environment(name, name));
            }
            for (Map<String, String> env : environments) {
                if ("true".equals(env.get("LEDGER_DEMO")) || env.containsKey("LEDGER_SECURITY_DEMOUSERSENABLED")) {
                    problems.add(variant + ": a service is started with the demo or its users: " + env);
                }
                if (!env.getOrDefault("SPRING_CONFIG_ADDITIONAL_LOCATION", "")
                        .endsWith("/etc/innovation-ledger/ledger-users.yml")) {
                    problems.add(variant + ": a service does not read the users file: " + env);
                }
            }
        }
        assertNoProblems("users in the manifests");
    }

    @Test
    void theSegmentSettingGivesEveryQueryInstanceSomethingToProcess() {
        for (String variant : List.of("axonserver", "postgres")) {
            Object composeQuery = composeServices(variant).get("query");
            int composeSegments = Integer.parseInt(composeEnvironment(composeQuery).get("LEDGER_PROCESSING_SEGMENTS"));
            int composeReplicas = Integer.parseInt(interpolate(String.valueOf(ServiceSettings.at(composeQuery, "deploy", "replicas"))));
            KustomizeOverlay overlay = new KustomizeOverlay(KUBERNETES.resolve(variant));
            int segments = Integer.parseInt(overlay.environment("query", "query").get("LEDGER_PROCESSING_SEGMENTS"));
            Object replicas = ServiceSettings.at(overlay.named("Deployment", "query"), "spec", "replicas");
            if (composeSegments < composeReplicas || segments < (Integer) replicas) {
                problems.add(variant + ": fewer segments than query instances (Compose " + composeSegments + " for "
                        + composeReplicas + ", Kubernetes " + segments + " for " + replicas + ")");
            }
        }
        assertNoProblems("LEDGER_PROCESSING_SEGMENTS against M");
    }

    @Test
    void theImageRunsAnExecJarAsANonRootUserAndChecksReadiness() {
        String dockerfile = read(DEPLOY.resolve("docker/Dockerfile"));
        assertThat(dockerfile).as("base image").containsPattern("(?m)^FROM eclipse-temurin:17-jre\\s*$");
        assertThat(dockerfile).as("the jar copied").contains("${SERVICE}/target/${SERVICE}-*-exec.jar");
        assertThat(dockerfile).as("health check").containsPattern("HEALTHCHECK[^\\n]*\\\\\\n\\s*CMD curl -fsS \"http://127.0.0.1:\\$\\{PORT}" + READINESS + "\"");
        Matcher user = Pattern.compile("(?m)^USER (\\S+)").matcher(dockerfile);
        assertThat(user.find()).as("a USER instruction").isTrue();
        assertThat(user.group(1)).as("the image's user").doesNotStartWith("root").doesNotStartWith("0");
        for (String module : List.of("command-side", "query-side")) {
            assertThat(read(REPOSITORY.resolve(module).resolve("pom.xml")))
                    .as(module + " builds the -exec jar the image copies").contains("<classifier>exec</classifier>");
        }
    }

    // ---- checks shared by Compose and Kubernetes ----

    private void checkEnvironment(String where, ServiceSettings side, String variant, Map<String, String> env) {
        String profiles = env.get("SPRING_PROFILES_ACTIVE");
        if (!variant.equals(profiles)) {
            problems.add(where + ": SPRING_PROFILES_ACTIVE=" + profiles + ", not " + variant);
        } else if (!side.profiles.contains(variant)) {
            problems.add(where + ": the " + side.name + " has no profile " + variant + " (it has " + side.profiles + ")");
        }
        for (String variable : env.keySet()) {
            if (!side.reads(variable)) {
                problems.add(where + ": " + variable + " is read by nothing in the " + side.name
                        + " (no ${" + variable + "} in its YAML, no property it binds)");
            }
        }
        List<String> needed = new ArrayList<>(variant.equals("postgres")
                ? List.of("POSTGRES_HOST", "POSTGRES_PORT", "POSTGRES_DB", "POSTGRES_USER", "POSTGRES_PASSWORD")
                : List.of("AXONSERVER_SERVERS"));
        List<String> foreign = variant.equals("postgres") ? List.of("AXONSERVER_SERVERS") : List.of("POSTGRES_HOST", "POSTGRES_PASSWORD");
        needed.addAll(List.of("LEDGER_JWT_ISSUER_URI", "LOGGING_STRUCTURED_FORMAT_CONSOLE", "SERVER_FORWARD_HEADERS_STRATEGY"));
        if (side == query) {
            needed.addAll(List.of("MONGODB_URI", "LEDGER_PROCESSING_SEGMENTS", "LEDGER_PROCESSING_BALANCE_ENABLED",
                    "LEDGER_PROCESSING_BALANCE_INTERVAL"));
        }
        for (String variable : needed) {
            if (!env.containsKey(variable)) {
                problems.add(where + ": " + variable + " is not set");
            }
        }
        for (String variable : foreign) {
            if (env.containsKey(variable)) {
                problems.add(where + ": " + variable + " belongs to the other variant");
            }
        }
        if (!"ecs".equals(env.get("LOGGING_STRUCTURED_FORMAT_CONSOLE"))) {
            problems.add(where + ": logs are not ECS JSON (LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs), the format the profiles and README name");
        }
    }

    private void checkProbe(String name, Map<String, Object> container, String probe, String path) {
        Object actual = ServiceSettings.at(container, probe, "httpGet", "path");
        Object port = ServiceSettings.at(container, probe, "httpGet", "port");
        Object portName = ServiceSettings.at(KustomizeOverlay.list(container.get("ports")).get(0), "name");
        if (!path.equals(actual) || !(port != null && (port.equals(portName)
                || port.equals(ServiceSettings.at(KustomizeOverlay.list(container.get("ports")).get(0), "containerPort"))))) {
            problems.add(name + ": " + probe + " asks " + actual + " on port " + port + ", not " + path + " on the service's port");
        }
    }

    private void checkSelects(String what, Object selector, Map<String, Object> workload) {
        Object labels = ServiceSettings.at(workload, "spec", "template", "metadata", "labels");
        if (!(selector instanceof Map<?, ?> s) || s.isEmpty() || !(labels instanceof Map<?, ?> l)
                || !l.entrySet().containsAll(s.entrySet())) {
            problems.add(what + " selects " + selector + ", which does not match the pods' labels " + labels);
        }
    }

    private void checkDisruptionBudget(KustomizeOverlay overlay, String name, Map<String, Object> deployment) {
        Map<String, Object> budget = overlay.named("PodDisruptionBudget", name);
        checkSelects("PodDisruptionBudget " + name, ServiceSettings.at(budget, "spec", "selector", "matchLabels"), deployment);
        Object minAvailable = ServiceSettings.at(budget, "spec", "minAvailable");
        Object replicas = ServiceSettings.at(deployment, "spec", "replicas");
        if (!(minAvailable instanceof Integer min) || !(replicas instanceof Integer r) || min >= r) {
            problems.add("PodDisruptionBudget " + name + " minAvailable " + minAvailable + " with " + replicas
                    + " replicas: a node drain could never evict one");
        }
    }

    private void checkReplicaSetInit(String where, Map<String, String> env, List<String> hosts) {
        if (!REPLICA_SET.equals(env.get("RS_NAME"))) {
            problems.add(where + ": RS_NAME=" + env.get("RS_NAME") + ", not " + REPLICA_SET);
        }
        if (!String.join(",", hosts).equals(env.get("RS_MEMBERS"))) {
            problems.add(where + ": RS_MEMBERS=" + env.get("RS_MEMBERS") + " differs from MONGODB_URI's " + hosts);
        }
    }

    private List<String> replicaSetHosts(String uri) {
        assertThat(uri).as("MONGODB_URI").startsWith("mongodb://");
        String query = String.valueOf(URI.create(uri.replaceFirst("^mongodb://[^/]*", "mongodb://host")).getQuery());
        String authority = uri.substring("mongodb://".length(), uri.indexOf('/', "mongodb://".length()));
        List<String> hosts = List.of(authority.substring(authority.indexOf('@') + 1).split(","));
        if (!List.of(query.split("&")).contains("replicaSet=" + REPLICA_SET)) {
            problems.add("MONGODB_URI " + uri + " does not name replicaSet=" + REPLICA_SET);
        }
        if (hosts.size() != 3 || hosts.stream().anyMatch(h -> !h.endsWith(":27017"))) {
            problems.add("MONGODB_URI " + uri + " does not name the three members with their ports");
        }
        return hosts;
    }

    private String eventStoreAddress(String variant, Map<String, String> env) {
        return variant.equals("postgres")
                ? env.get("POSTGRES_HOST") + ":" + env.get("POSTGRES_PORT")
                : env.get("AXONSERVER_SERVERS");
    }

    @SuppressWarnings("unchecked")
    private void checkUsers(String where, String yaml) {
        Object users = ServiceSettings.at(new Yaml().load(yaml), "ledger", "security", "users");
        if (!(users instanceof Map<?, ?>)) {
            problems.add(where + ": no ledger.security.users map");
            return;
        }
        ((Map<String, Object>) users).forEach((user, settings) -> {
            String password = String.valueOf(ServiceSettings.at(settings, "password"));
            if (!password.matches("\\{(bcrypt|argon2|pbkdf2|scrypt)}.+")) {
                problems.add(where + ": user " + user + " has no hashed password");
            }
        });
        if (yaml.contains("demo-users")) {
            problems.add(where + ": names demo users");
        }
    }

    private static String serviceName(ServiceSettings side) {
        return side == command ? "command" : "query";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> composeServices(String variant) {
        Map<String, Object> file = new Yaml().load(read(COMPOSE.resolve(variant + ".yml")));
        return (Map<String, Object>) file.get("services");
    }

    /** A Compose service's environment with ${NAME:-default} replaced by its default, as an unset shell would. */
    private static Map<String, String> composeEnvironment(Object service) {
        Object environment = ServiceSettings.at(service, "environment");
        Map<String, String> env = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((k, v) -> env.put(k.toString(), interpolate(String.valueOf(v))));
        } else {
            for (Object entry : KustomizeOverlay.list(environment)) {
                String s = entry.toString();
                env.put(s.substring(0, s.indexOf('=')), interpolate(s.substring(s.indexOf('=') + 1)));
            }
        }
        return env;
    }

    private static String interpolate(String value) {
        Matcher m = COMPOSE_VARIABLE.matcher(value);
        StringBuilder result = new StringBuilder();
        while (m.find()) {
            boolean required = m.group(0).contains(":?");
            m.appendReplacement(result, Matcher.quoteReplacement(
                    required ? "<" + m.group(1) + ">" : m.group(2) == null ? "" : m.group(2)));
        }
        return m.appendTail(result).toString();
    }

    private void assertNoProblems(String what) {
        assertThat(problems).withFailMessage(() -> what + ":\n  " + String.join("\n  ", problems)).isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
