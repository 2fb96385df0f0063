package org.innovationledger.query.audit.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.query.infra.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The hash chain of this service: builds it in the background (one round per interval, catching up in full batches)
 * and answers its status, its verification and exports. Without a JDBC event table (Axon Server) there is no chain
 * and every answer is {@link ChainUnavailableException}.
 */
class EventChain implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventChain.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EXPORT_BATCH = 500;

    private final EventTable table;
    private final ChainStore store;
    private final ChainProperties properties;
    private final ChainBuilder builder;
    private ScheduledExecutorService rounds;
    private boolean failing;

    /** {@code table} null: no JDBC event store in this setup. */
    EventChain(EventTable table, ChainStore store, ChainProperties properties, Clock clock) {
        this.table = table;
        this.store = store;
        this.properties = properties;
        this.builder = table == null ? null : new ChainBuilder(table, store, properties.settings(), clock);
    }

    ChainStatus status() {
        requireAvailable();
        Optional<ChainEntry> head = store.head();
        OptionalLong storeHead = table.head();
        return new ChainStatus(head.map(ChainEntry::position).orElse(null), head.map(ChainEntry::hash).orElse(null),
                storeHead.isPresent() ? storeHead.getAsLong() : null, store.lastCheckpoint().orElse(null), properties.checkpointInterval(),
                properties.gapTimeout().toString(), ChainStatus.ALGORITHM);
    }

    ChainVerification verify(Long from, Long to) {
        requireAvailable();
        return new ChainVerifier(table, store).verify(from, to);
    }

    List<Checkpoint> checkpoints() {
        requireAvailable();
        return store.checkpoints();
    }

    /**
     * An export of the tenant's chained events, or of one aggregate's (404 when the tenant has no chained event
     * of it: another tenant's aggregate is as unknown as one that does not exist).
     */
    Export export(TenantId tenant, String aggregateId) {
        requireAvailable();
        Optional<ChainEntry> head = store.head();
        long upTo = head.map(ChainEntry::position).orElse(-1L);
        Export export = new Export(tenant, aggregateId, upTo, head.map(ChainEntry::hash).orElse(null));
        if (aggregateId != null && export.batch(Long.MIN_VALUE).tenants().isEmpty()) {
            throw new NotFoundException("aggregate", aggregateId);
        }
        return export;
    }

    /** One export, written batch by batch: nothing but a batch of rows is held in memory. */
    final class Export {

        private final TenantId tenant;
        private final String aggregateId;
        private final long chainedUpTo;
        private final String headHash;

        private Export(TenantId tenant, String aggregateId, long chainedUpTo, String headHash) {
            this.tenant = tenant;
            this.aggregateId = aggregateId;
            this.chainedUpTo = chainedUpTo;
            this.headHash = headHash;
        }

        long chainedUpTo() {
            return chainedUpTo;
        }

        String headHash() {
            return headHash;
        }

        private record Batch(List<StoredEvent> rows, List<StoredEvent> tenants) {
        }

        private Batch batch(long from) {
            List<StoredEvent> rows = aggregateId == null ? table.between(from, chainedUpTo, EXPORT_BATCH)
                    : table.ofAggregate(aggregateId, from, chainedUpTo, EXPORT_BATCH);
            return new Batch(rows, rows.stream().filter(row -> tenant.value().equals(tenantOf(row))).toList());
        }

        void writeTo(OutputStream out) throws IOException {
            long from = Long.MIN_VALUE;
            while (true) {
                Batch batch = batch(from);
                if (batch.rows().isEmpty()) {
                    return;
                }
                Map<Long, ChainEntry> links = store.at(batch.tenants().stream().map(StoredEvent::position).toList());
                for (StoredEvent row : batch.tenants()) {
                    ChainEntry link = links.get(row.position());
                    String line = new ExportLine(row, link == null ? null : link.previous(),
                            link == null ? null : link.hash()).toJson();
                    out.write(line.getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                }
                out.flush();
                from = batch.rows().get(batch.rows().size() - 1).position() + 1;
            }
        }
    }

    /** The tenant in the event's stored metadata, or null when it has none (or the metadata is not JSON). */
    static String tenantOf(StoredEvent row) {
        if (row.metaData() == null) {
            return null;
        }
        try {
            JsonNode tenant = JSON.readTree(row.metaData()).get(LedgerMetadata.TENANT);
            return tenant == null || !tenant.isTextual() ? null : tenant.asText();
        } catch (IOException e) {
            return null;
        }
    }

    private void requireAvailable() {
        if (table == null) {
            throw new ChainUnavailableException();
        }
    }

    /** One round: chains full batches until it has caught up. */
    void round() {
        try {
            int added;
            int batches = 0;
            do {
                added = builder.extend();
            } while (added >= properties.batchSize() && ++batches < 100);
            if (failing) {
                log.info("Event chain: building again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("Event chain: cannot extend the chain now, retrying every {}: {}", properties.interval(),
                        e.getMessage());
                failing = true;
            } else {
                log.debug("Event chain: still cannot extend the chain", e);
            }
        }
    }

    @Override
    public synchronized void start() {
        if (builder == null || !properties.enabled() || rounds != null) {
            return;
        }
        rounds = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "event-chain");
            thread.setDaemon(true);
            return thread;
        });
        rounds.scheduleWithFixedDelay(this::round, 0, properties.interval().toMillis(), TimeUnit.MILLISECONDS);
        log.info("Event chain: building every {}, gaps chained after {}, a checkpoint every {} positions",
                properties.interval(), properties.gapTimeout(), properties.checkpointInterval());
    }

    @Override
    public synchronized void stop() {
        if (rounds != null) {
            rounds.shutdownNow();
            try {
                rounds.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            rounds = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return rounds != null;
    }
}
