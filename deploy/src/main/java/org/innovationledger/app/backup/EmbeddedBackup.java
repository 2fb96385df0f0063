package org.innovationledger.app.backup;

import org.innovationledger.query.infra.EmbeddedReadModelFile;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * An online backup of the embedded stores into one zip in {@code <data>/backups/}: first the read-model file (when
 * the read models are embedded too), then the event store through H2's {@code BACKUP TO}, each a consistent copy
 * taken while the service runs. In that order, so the read models and tracking tokens in the zip are never ahead
 * of its events: restored together, the processors only catch up. Unzipped into an empty data folder, the zip is
 * that folder.
 */
@Component
class EmbeddedBackup {

    static final String EVENTS_FILE = "events.mv.db";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    record Taken(Path file, long bytes, Instant takenAt, long eventsUpToAtLeast, List<String> contents,
                 boolean readModelsIncluded) {
    }

    /** The events are not in an embedded H2 file (PostgreSQL, Axon Server): their own tools back them up. */
    static final class NotEmbedded extends RuntimeException {
        NotEmbedded(String store) {
            super("The events are in " + store + ", not in the embedded H2 file: back them up with that store's"
                    + " own tools (PostgreSQL: pg_dump -Fc; MongoDB: mongodump), see docs/runbooks/backup-restore.md");
        }
    }

    private final ObjectProvider<DataSource> dataSource;
    private final ObjectProvider<EmbeddedReadModelFile> readModels;
    private final Path folder;
    private final Clock clock = Clock.systemUTC();

    EmbeddedBackup(ObjectProvider<DataSource> dataSource, ObjectProvider<EmbeddedReadModelFile> readModels,
                   @Value("${ledger.data-dir:./data}") String dataDir) {
        this.dataSource = dataSource;
        this.readModels = readModels;
        this.folder = Path.of(dataDir).toAbsolutePath().normalize().resolve("backups");
    }

    /** One at a time: each is a full copy, and two at once would only compete for the disk. */
    synchronized Taken take() throws IOException, SQLException {
        DataSource events = embeddedEvents();
        Instant now = clock.instant();
        Files.createDirectories(folder);
        String name = "ledger-backup-" + STAMP.format(now);
        Path target = folder.resolve(name + ".zip");
        Path partial = folder.resolve(name + ".zip.part");
        Path h2Zip = folder.resolve(name + ".events.zip.part");
        List<String> contents = new ArrayList<>();
        EmbeddedReadModelFile readModelFile = readModels.getIfAvailable();
        long head;
        try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
            if (readModelFile != null) {
                readModelFile.backupTo(zip);
                contents.add("readmodels.mv");
            }
            JdbcTemplate jdbc = new JdbcTemplate(events);
            Long stored = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
            head = stored == null ? -1 : stored;
            jdbc.execute("BACKUP TO '" + h2Zip.toString().replace("'", "''") + "'");
            contents.addAll(copyEntries(h2Zip, zip));
        } finally {
            Files.deleteIfExists(h2Zip);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return new Taken(target, Files.size(target), now, head, contents, readModelFile != null);
    }

    private DataSource embeddedEvents() throws SQLException {
        DataSource events = dataSource.getIfAvailable();
        if (events == null) {
            throw new NotEmbedded("Axon Server");
        }
        try (Connection connection = events.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"H2".equals(product)) {
                throw new NotEmbedded(product);
            }
        }
        return events;
    }

    private static List<String> copyEntries(Path from, ZipOutputStream to) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(from); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                to.putNextEntry(new ZipEntry(entry.getName()));
                zip.transferTo(to);
                to.closeEntry();
                names.add(entry.getName());
            }
        }
        if (!names.contains(EVENTS_FILE)) {
            throw new IOException("H2's backup holds " + names + ", not " + EVENTS_FILE);
        }
        return names;
    }
}
