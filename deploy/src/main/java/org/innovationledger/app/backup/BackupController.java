package org.innovationledger.app.backup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.kernel.common.Caller;
import org.innovationledger.security.AuthenticatedCaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** An admin takes an online backup of the embedded stores; on PostgreSQL or Axon Server, 409 says what to use. */
@RestController
@Tag(name = "Administration")
class BackupController {

    static final String BACKUPS = "/api/admin/backups";
    private static final Logger log = LoggerFactory.getLogger(BackupController.class);

    record BackupView(String file, long bytes, Instant takenAt, long eventsUpToAtLeast, List<String> contents,
                      boolean readModelsIncluded, String restore) {
    }

    private final EmbeddedBackup backup;
    private final AuthenticatedCaller callers;

    BackupController(EmbeddedBackup backup, AuthenticatedCaller callers) {
        this.backup = backup;
        this.callers = callers;
    }

    @PostMapping(BACKUPS)
    @Operation(summary = "Back up the embedded stores while the service runs",
            description = "Writes <data>/backups/ledger-backup-<time>.zip: the read-model file (when embedded),"
                    + " then the event store (with the idempotency keys), so the read models are never ahead of the"
                    + " events. Unzip it into an empty data folder to restore. 409 BACKUP_NOT_EMBEDDED when the"
                    + " events are in PostgreSQL or Axon Server: use pg_dump (docs/runbooks/backup-restore.md).")
    ResponseEntity<BackupView> take() throws IOException, SQLException {
        String who = callers.current().map(Caller::principal).orElse("?");
        EmbeddedBackup.Taken taken = backup.take();
        log.info("Backup {} taken by {}: {} bytes, {}, events up to at least position {}", taken.file(), who,
                taken.bytes(), taken.contents(), taken.eventsUpToAtLeast());
        return ResponseEntity.status(HttpStatus.CREATED).body(new BackupView(taken.file().toString(), taken.bytes(),
                taken.takenAt(), taken.eventsUpToAtLeast(), taken.contents(), taken.readModelsIncluded(),
                "to restore: stop the service, unzip into an empty data folder, start on that folder"
                        + (taken.readModelsIncluded() ? "" : "; the read models are in MongoDB: mongodump them")));
    }

    @ExceptionHandler(EmbeddedBackup.NotEmbedded.class)
    ResponseEntity<ProblemDetail> notEmbedded(EmbeddedBackup.NotEmbedded e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("No embedded event store");
        problem.setProperty("rule", "BACKUP_NOT_EMBEDDED");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
