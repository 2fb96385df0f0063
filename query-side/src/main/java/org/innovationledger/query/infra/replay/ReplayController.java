package org.innovationledger.query.infra.replay;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.kernel.common.Caller;
import org.innovationledger.query.infra.replay.Replay.GroupReplay;
import org.innovationledger.query.infra.replay.Replay.Phase;
import org.innovationledger.security.AuthenticatedCaller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Replays as an operation: start one, follow it, list them; and which generation each group reads here. */
@RestController
@Tag(name = "Administration")
class ReplayController {

    private static final String REPLAYS = "/api/admin/replays";
    private static final int MAX_REASON = 500;

    record ReplayRequest(String processingGroup, String reason) {
    }

    record RequestedBy(String principal, String role, String tenant) {
    }

    record GroupView(String processingGroup, Phase state, int fromGeneration, int toGeneration,
                     String fromDatabase, String toDatabase, Long resetPosition, Long position, Long headPosition,
                     Double percent, Double eventsPerSecond, Instant stoppingSince, Instant replayingSince,
                     Instant switchedAt, String previousGeneration, String error) {
    }

    record ReplayView(String id, String processingGroup, Phase state, RequestedBy requestedBy, String reason,
                      Instant requestedAt, Instant finishedAt, String coordinator, List<GroupView> groups) {
    }

    record GenerationView(String processingGroup, int readingGeneration, int writingGeneration,
                          ReadModelGenerations.State state, String readingDatabase, String writingDatabase,
                          boolean processorRunning) {
    }

    private final ReplayCoordinator coordinator;
    private final ReplayRecords records;
    private final ReadModelGenerations generations;
    private final ProjectionProcessors processors;
    private final AuthenticatedCaller callers;

    ReplayController(ReplayCoordinator coordinator, ReplayRecords records, ReadModelGenerations generations,
                     ProjectionProcessors processors, AuthenticatedCaller callers) {
        this.coordinator = coordinator;
        this.records = records;
        this.generations = generations;
        this.processors = processors;
        this.callers = callers;
    }

    @PostMapping(REPLAYS)
    @Operation(summary = "Rebuild one processing group's read models (or \"all\") from position zero",
            description = "Answers 202 with the replay and its Location; follow it there. Queries keep answering"
                    + " from the current generation, as it stood when the replay began, until the rebuilt one has"
                    + " caught up; then every instance switches to it. 400 UNKNOWN_PROCESSING_GROUP lists the known"
                    + " groups; 409 REPLAY_IN_PROGRESS when a group is already being replayed.")
    ResponseEntity<ReplayView> start(@RequestBody ReplayRequest request) {
        if (request.processingGroup() == null || request.processingGroup().isBlank()) {
            throw new IllegalArgumentException("processingGroup is required: a processing group's name or \"all\"");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw new IllegalArgumentException("reason is required: why the read models are rebuilt");
        }
        if (request.reason().length() > MAX_REASON) {
            throw new IllegalArgumentException("reason is longer than " + MAX_REASON + " characters");
        }
        Caller caller = callers.current().orElseThrow(() -> new AccessDeniedException("no ledger role"));
        Replay replay = coordinator.request(request.processingGroup().strip(), oneLine(request.reason()), caller);
        return ResponseEntity.accepted().location(URI.create(REPLAYS + "/" + replay.id())).body(view(replay));
    }

    @GetMapping(REPLAYS)
    @Operation(summary = "Every replay, newest first")
    List<ReplayView> replays() {
        return records.all().stream().map(this::view).toList();
    }

    @GetMapping(REPLAYS + "/{id}")
    @Operation(summary = "One replay: its state and each group's progress (position reached against the reset"
            + " position and the newest), events per second, who asked and why")
    ReplayView replay(@PathVariable String id) {
        return records.find(id).map(this::view).orElseThrow(() -> new UnknownReplay(id));
    }

    @GetMapping(REPLAYS + "/generations")
    @Operation(summary = "Which generation of each group's read models this instance reads and writes")
    List<GenerationView> generations() {
        return processors.groups().stream().map(group -> {
            ReadModelGenerations.Generation generation = generations.of(group);
            return new GenerationView(group, generation.reading(), generation.writing(), generation.state(),
                    generations.databaseName(group, generation.reading()),
                    generations.databaseName(group, generation.writing()), processors.running(group));
        }).toList();
    }

    @ExceptionHandler(ReplayCoordinator.UnknownGroup.class)
    ResponseEntity<ProblemDetail> unknownGroup(ReplayCoordinator.UnknownGroup e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "UNKNOWN_PROCESSING_GROUP", e.getMessage());
        problem.setProperty("knownGroups", e.known);
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(ReplayCoordinator.Busy.class)
    ResponseEntity<ProblemDetail> busy(ReplayCoordinator.Busy e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "REPLAY_IN_PROGRESS", e.getMessage());
        problem.setProperty("processingGroups", e.groups);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(UnknownReplay.class)
    ResponseEntity<ProblemDetail> unknownReplay(UnknownReplay e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, "REPLAY_UNKNOWN", e.getMessage()));
    }

    private static ProblemDetail problem(HttpStatus status, String rule, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("rule", rule);
        return problem;
    }

    private ReplayView view(Replay replay) {
        return new ReplayView(replay.id(), replay.processingGroup(), replay.state(),
                new RequestedBy(replay.requestedBy(), replay.requestedByRole(), replay.requestedByTenant()),
                replay.reason(), replay.requestedAt(), replay.finishedAt(), replay.coordinator(),
                replay.groups().stream().map(this::view).toList());
    }

    private GroupView view(GroupReplay group) {
        return new GroupView(group.group(), group.phase(), group.fromGeneration(), group.toGeneration(),
                generations.databaseName(group.group(), group.fromGeneration()),
                generations.databaseName(group.group(), group.toGeneration()), group.resetPosition(),
                group.position(), group.headPosition(), percent(group), group.eventsPerSecond(),
                group.stoppingSince(), group.replayingSince(), group.switchedAt(), group.previousGeneration(),
                group.error());
    }

    private static Double percent(GroupReplay group) {
        if (group.phase() == Phase.DONE) {
            return 100.0;
        }
        if (group.position() == null || group.resetPosition() == null || group.resetPosition() <= 0) {
            return group.phase() == Phase.REPLAYING ? 0.0 : null;
        }
        return Math.min(100.0, Math.floor(1000.0 * group.position() / group.resetPosition()) / 10.0);
    }

    /** The reason goes to the log as well: one line, no control characters. */
    private static String oneLine(String reason) {
        return reason.strip().replaceAll("\\p{Cntrl}", " ");
    }

    static final class UnknownReplay extends RuntimeException {
        UnknownReplay(String id) {
            super("no replay " + id);
        }
    }
}
