package org.innovationledger.bench.app;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts a ledger assembly in this JVM on a data folder and says how long the start took (until Spring Boot's
 * run returned: the context refreshed, processors and web server started, runners done).
 */
public final class LedgerProcess implements AutoCloseable {

    private static final AtomicInteger STARTS = new AtomicInteger();

    private final ConfigurableApplicationContext context;
    private final boolean firstInJvm;
    private final Duration startUp;
    private final ProcessorStartClock processorsStarted;

    private LedgerProcess(ConfigurableApplicationContext context, Duration startUp,
                          ProcessorStartClock processorsStarted) {
        this.context = context;
        this.startUp = startUp;
        this.processorsStarted = processorsStarted;
        this.firstInJvm = STARTS.incrementAndGet() == 1;
    }

    /** The command side alone, as the stand-alone command service runs it. */
    public static LedgerProcess commandSide(Path dataDir) {
        return start(CommandSideAlone.class, "command-service", dataDir);
    }

    /** Both sides, as the all-in-one jar runs them on the embedded stores. */
    public static LedgerProcess allInOne(Path dataDir) {
        return start(AllInOneLedger.class, "ledger-bench", dataDir);
    }

    private static LedgerProcess start(Class<?> assembly, String configName, Path dataDir) {
        ProcessorStartClock clock = new ProcessorStartClock();
        long started = System.nanoTime();
        // as command-line arguments: they outrank the assemblies' YAML (builder properties would be mere defaults)
        ConfigurableApplicationContext context = new SpringApplicationBuilder(assembly)
                .properties("spring.config.name=" + configName)
                .initializers((ApplicationContextInitializer<ConfigurableApplicationContext>) ctx ->
                        ctx.getBeanFactory().registerSingleton("benchProcessorStartClock", clock))
                .run("--ledger.data-dir=" + dataDir.toAbsolutePath(),
                        "--ledger.demo=false",
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN");
        return new LedgerProcess(context, Duration.ofNanos(System.nanoTime() - started), clock);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Whether this was the JVM's first ledger start: a cold start, classes not yet loaded or compiled. */
    public boolean firstInJvm() {
        return firstInJvm;
    }

    public Duration startUp() {
        return startUp;
    }

    /** System.nanoTime() at which the context began starting its lifecycle components, the event processors first. */
    public long processorsStartedAt() {
        return processorsStarted.startedAt();
    }

    @Override
    public void close() {
        context.close();
    }
}
