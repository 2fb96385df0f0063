package org.innovationledger.bench.app;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The all-in-one ledger's start-up in a fresh JVM ({@link StartUpProbe}) on a copy of the seeded event store, with
 * no read models: what an operator waits for after a restart with a wiped read-model store. The time is the probe's
 * own measurement of SpringApplication.run, without the JVM's launch.
 */
public final class ColdStart {

    private ColdStart() {
    }

    /** Copies {@code events.mv.db} of {@code seeded} into {@code copy}; call while no ledger has the file open. */
    public static void copyEventStore(Path seeded, Path copy) throws IOException {
        Files.createDirectories(copy);
        Files.copy(seeded.resolve("events.mv.db"), copy.resolve("events.mv.db"));
    }

    public static Duration measure(Path dataDir) throws IOException, InterruptedException {
        Process probe = new ProcessBuilder(command(dataDir)).redirectErrorStream(true).start();
        Duration started = null;
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(probe.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(StartUpProbe.STARTED)) {
                    started = Duration.ofMillis(Long.parseLong(line.substring(StartUpProbe.STARTED.length()).strip()));
                } else if (output.size() < 200) {
                    output.add(line);
                }
            }
        }
        if (!probe.waitFor(5, TimeUnit.MINUTES) || started == null) {
            probe.destroyForcibly();
            throw new IllegalStateException("the start-up probe did not report a start: " + String.join("\n", output));
        }
        return started;
    }

    /**
     * The same class path as this JVM's. Started as {@code java -jar ledger-bench.jar}, that is the Boot jar, whose
     * PropertiesLauncher runs another main class; otherwise (an IDE, exec:java) the classes are on the path as they
     * are.
     */
    private static List<String> command(Path dataDir) {
        String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(launcher, "-cp", classPath));
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            command.add("-Dloader.main=" + StartUpProbe.class.getName());
            command.add("org.springframework.boot.loader.launch.PropertiesLauncher");
        } else {
            command.add(StartUpProbe.class.getName());
        }
        command.add(dataDir.toAbsolutePath().toString());
        return command;
    }
}
