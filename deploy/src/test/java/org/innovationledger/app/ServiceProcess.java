package org.innovationledger.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** One of the stand-alone services started from its executable jar in a JVM of its own. */
public final class ServiceProcess implements AutoCloseable {

    /** The test users (and relaxed rate limit) every Spring test of this module has on its class path. */
    private static final Path TEST_USERS = Path.of("target", "test-classes", "config", "application.yml")
            .toAbsolutePath();

    private final String name;
    private final Process process;
    private final Path log;
    public final int port;

    private ServiceProcess(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** The module's {@code -exec.jar}, built by the reactor's package phase before deploy's tests run. */
    public static Path execJar(String module) throws IOException {
        Path target = Path.of("..", module, "target");
        if (!Files.isDirectory(target)) {
            return null;
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-exec.jar")).findFirst().orElse(null);
        }
    }

    /**
     * The modules' {@code -exec.jar}s, in the order named; when one is not built (a test run without the reactor's
     * package phase), the calling test is skipped, saying so.
     */
    public static Path[] requireExecJars(String test, String... modules) throws IOException {
        Path[] jars = new Path[modules.length];
        for (int i = 0; i < modules.length; i++) {
            jars[i] = execJar(modules[i]);
            if (jars[i] == null) {
                String skipping = "the " + modules[i] + " -exec.jar is not built (run ./mvnw verify): skipping " + test;
                System.err.println(skipping);
                assumeTrue(false, skipping);
            }
        }
        return jars;
    }

    /** The all-in-one jar; exists for integration tests, which run after deploy's package phase. */
    static Path allInOneJar() {
        Path jar = Path.of("target", "innovation-ledger.jar");
        return Files.isRegularFile(jar) ? jar : null;
    }

    public static ServiceProcess start(String name, Path jar, Path workDir, String... args) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                jar.toAbsolutePath().toString(), "--server.port=" + port,
                "--spring.config.additional-location=" + TEST_USERS.toUri()));
        command.addAll(List.of(args));
        Path log = workDir.resolve(name + ".log");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServiceProcess service = new ServiceProcess(name, process, log, port);
        service.awaitHealthy(Duration.ofSeconds(120));
        return service;
    }

    /** The process id: Axon's token stores name a segment's owner {@code pid@host}. */
    long pid() {
        return process.pid();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " died at start:\n" + tail());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        close();
        throw new AssertionError(name + " not healthy within " + timeout + ":\n" + tail());
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed; what was acknowledged must already be durable. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
