package org.innovationledger.query.infra.replay;

import org.innovationledger.kernel.common.Caller;
import org.innovationledger.query.infra.ReadModelRouting;
import org.innovationledger.query.infra.replay.ReadModelGenerations.Generation;
import org.innovationledger.query.infra.replay.ReadModelGenerations.State;
import org.innovationledger.query.infra.replay.Replay.GroupReplay;
import org.innovationledger.query.infra.replay.Replay.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rebuilds processing groups from position zero into a new generation while queries keep reading the old one.
 * Per group: (1) the registry marks it STOPPING, and every instance stops its processor; (2) once no instance
 * holds a segment (the token store says so) its tokens are reset, with the reset handlers pointed at the new,
 * empty generation, and the registry sends writes there (REPLAYING) while reads stay; every instance starts the
 * processor again, which now replays into the new generation; (3) when every segment is past the position it
 * stood at when reset, the new generation gets its indexes and the registry switches reads to it, all instances
 * following within a refresh; (4) after a grace period the old generation is dropped (or kept: configurable).
 * <p>
 * The switch happens at a known token, never by catching up a copy the live processor kept writing into: a
 * document at position 105 ignores a late event 103, so such a copy could miss events. The price: while a group
 * replays, its queries answer from the generation as it stood when the replay began and do not advance.
 * <p>
 * The instance that accepted the request drives the replay, one step per tick of the {@link GenerationWatcher},
 * recording progress in the replay's record; if it falls silent, another instance takes over.
 */
@Component
class ReplayCoordinator {

    private static final Logger log = LoggerFactory.getLogger(ReplayCoordinator.class);

    static final String ALL = "all";

    /** A replay asked for a group that is busy with another. */
    static final class Busy extends RuntimeException {
        final List<String> groups;

        Busy(List<String> groups) {
            super("already replaying: " + String.join(", ", groups));
            this.groups = groups;
        }
    }

    /** A group no processor here is named after. */
    static final class UnknownGroup extends RuntimeException {
        final SortedSet<String> known;

        UnknownGroup(String group, SortedSet<String> known) {
            super("no processing group " + group + "; known: " + ALL + ", " + String.join(", ", known));
            this.known = known;
        }
    }

    private final ReadModelGenerations generations;
    private final ProjectionProcessors processors;
    private final TokenProgress tokens;
    private final ReplayRecords records;
    private final GenerationDatabases databases;
    private final ReplaySettings settings;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, Double> progress = new ConcurrentHashMap<>();

    ReplayCoordinator(ReadModelGenerations generations, ProjectionProcessors processors, TokenProgress tokens,
                      ReplayRecords records, GenerationDatabases databases, ReplaySettings settings) {
        this.generations = generations;
        this.processors = processors;
        this.tokens = tokens;
        this.records = records;
        this.databases = databases;
        this.settings = settings;
    }

    /** Records the replay and marks its groups STOPPING; the ticks do the rest. All of its groups, or none. */
    Replay request(String processingGroup, String reason, Caller caller) {
        SortedSet<String> known = processors.groups();
        List<String> groups = ALL.equals(processingGroup) ? List.copyOf(known) : List.of(processingGroup);
        if (!known.containsAll(groups)) {
            throw new UnknownGroup(processingGroup, known);
        }
        String id = UUID.randomUUID().toString();
        List<String> taken = new ArrayList<>();
        List<String> busy = new ArrayList<>();
        for (String group : groups) {
            (generations.beginStopping(group, id) ? taken : busy).add(group);
        }
        if (!busy.isEmpty()) {
            taken.forEach(group -> generations.abandon(group, id));
            throw new Busy(busy);
        }
        generations.refresh();
        Instant now = Instant.now();
        List<GroupReplay> entries = groups.stream()
                .map(group -> GroupReplay.stopping(group, generations.of(group).reading(), now)).toList();
        Replay replay = new Replay(id, processingGroup, caller.principal(), caller.role(), caller.tenant().value(),
                reason, now, null, true, node, now, entries);
        records.insert(replay);
        // the reason is free text and may name people: it stays in the replay's record, out of the logs
        log.info("Replay {} of {} requested by {} ({}, {}); generations {}", id, processingGroup,
                caller.principal(), caller.role(), caller.tenant().value(),
                entries.stream().map(e -> e.group() + " " + e.fromGeneration() + "→" + e.toGeneration()).toList());
        return replay;
    }

    /** One step of every replay this instance drives; a replay whose coordinator fell silent is taken over. */
    void tick() {
        Instant now = Instant.now();
        List<Replay> open = records.open();
        releaseOrphans(open, now);
        for (Replay replay : open) {
            if (!replay.coordinator().equals(node)) {
                if (replay.heartbeat().isAfter(now.minus(settings.coordinatorTimeout))
                        || !records.adopt(replay, node, now)) {
                    continue;
                }
                log.warn("Replay {}: coordinator {} silent since {}, taken over by {}", replay.id(),
                        replay.coordinator(), replay.heartbeat(), node);
                replay = replay.coordinatedBy(node, now);
            }
            List<GroupReplay> next = new ArrayList<>();
            for (GroupReplay group : replay.groups()) {
                next.add(advance(replay.id(), group));
            }
            Replay updated = replay.with(next, Instant.now());
            if (!records.save(updated)) {
                log.warn("Replay {} taken over by another instance", replay.id());
            } else if (replay.finishedAt() == null && updated.finishedAt() != null) {
                log.info("Replay {} of {} {}", replay.id(), replay.processingGroup(), updated.state());
            }
        }
    }

    /**
     * A group left STOPPING by a replay that has no open record (its instance died between marking the group and
     * recording the replay) would keep its processors stopped for good: after the coordinator timeout it is let go.
     */
    private void releaseOrphans(List<Replay> open, Instant now) {
        for (Generation generation : generations.all()) {
            boolean orphan = generation.state() == State.STOPPING
                    && open.stream().noneMatch(replay -> replay.id().equals(generation.replayId()))
                    && generation.changedAt() != null
                    && generation.changedAt().isBefore(now.minus(settings.coordinatorTimeout));
            if (orphan && generations.abandon(generation.group(), generation.replayId())) {
                log.warn("Processing group {} was left stopping by replay {}, which has no open record: released",
                        generation.group(), generation.replayId());
                generations.refresh();
            }
        }
    }

    /** Replay progress of a group as a fraction, for the gauge: 1 when not replaying. */
    double progress(String group) {
        return progress.getOrDefault(group, 1.0);
    }

    /** Every instance's view of a group being rebuilt, for its gauge. */
    void observe(String group) {
        Generation generation = generations.of(group);
        if (generation.state() != State.REPLAYING) {
            progress.remove(group);
            return;
        }
        TokenProgress.Status status = tokens.of(group);
        Long reset = status.resetPosition();
        Long position = status.position();
        progress.put(group, reset == null || reset == 0 ? (status.caughtUp() ? 1.0 : 0.0)
                : Math.min(1.0, (position == null ? 0 : position) / (double) reset));
    }

    private GroupReplay advance(String replayId, GroupReplay group) {
        try {
            return switch (group.phase()) {
                case STOPPING -> stopping(replayId, group);
                case REPLAYING -> replaying(replayId, group);
                case DONE -> group.previousGeneration() == null ? retiring(group) : group;
                case FAILED -> group;
            };
        } catch (RuntimeException e) {
            if (group.phase() == Phase.STOPPING && stoppedTooLong(group)) {
                generations.abandon(group.group(), replayId);
                generations.refresh();
                log.warn("Replay {} of {} given up", replayId, group.group(), e);
                return group.failed(e.toString());
            }
            log.warn("Replay {} of {}: {} (trying again)", replayId, group.group(), e.toString());
            return group;
        }
    }

    /** Waits until no instance holds a segment, then resets the tokens into the new generation. */
    private GroupReplay stopping(String replayId, GroupReplay group) {
        Instant now = Instant.now();
        if (!isHeldBy(replayId, group.group(), State.STOPPING)) {
            return group.failed("the registry no longer holds " + group.group() + " for this replay");
        }
        processors.pause(List.of(group.group()));
        TokenProgress.Status status = tokens.of(group.group());
        boolean everyoneHasSeen = Duration.between(group.stoppingSince(), now)
                .compareTo(settings.everyInstanceHasSeen()) >= 0;
        if (!everyoneHasSeen || status.claimed(now) || !processors.stoppedHere(group.group())) {
            if (stoppedTooLong(group)) {
                generations.abandon(group.group(), replayId);
                generations.refresh();
                String why = "segments still claimed by " + status.owners(now) + " after " + settings.stopTimeout;
                log.warn("Replay {} of {} given up: {}", replayId, group.group(), why);
                return group.failed(why);
            }
            return group;
        }
        // from the very first event, whatever initial token the processor is configured with; the reset handlers
        // clear the new generation, which is empty anyway: the live one is never touched
        ReadModelRouting.in(generations.database(group.group(), group.toGeneration()),
                () -> processors.processor(group.group()).resetTokens(source -> source.createTailToken()));
        if (!generations.beginReplaying(group.group(), replayId, group.toGeneration())) {
            return group.failed("the registry no longer holds " + group.group() + " for this replay");
        }
        generations.refresh();
        processors.resume(group.group());
        TokenProgress.Status reset = tokens.of(group.group());
        log.info("Replay {}: {} reset at position {}, rebuilding into {}", replayId, group.group(),
                reset.resetPosition(), generations.databaseName(group.group(), group.toGeneration()));
        return group.replaying(now, reset.resetPosition())
                .progress(reset.position(), null, processors.head(group.group()), now);
    }

    /** Reports progress; once every segment is past its reset position, indexes and switches reads. */
    private GroupReplay replaying(String replayId, GroupReplay group) {
        Instant now = Instant.now();
        TokenProgress.Status status = tokens.of(group.group());
        Long head = processors.head(group.group());
        GroupReplay progressed = group.progress(status.position(), status.resetPosition(), head, now);
        // no segment yet: the processor has not started anywhere, so nothing is rebuilt unless nothing is stored
        boolean started = !status.segments().isEmpty() || head == null;
        if (!started || !status.caughtUp()) {
            return progressed;
        }
        databases.index(group.group(), group.fromGeneration(), group.toGeneration());
        if (!generations.switchReading(group.group(), replayId, group.toGeneration())) {
            return progressed.failed("the registry no longer holds " + group.group() + " for this replay");
        }
        generations.refresh();
        log.info("Replay {}: {} caught up at position {}, now read from {}", replayId, group.group(),
                progressed.position(), generations.databaseName(group.group(), group.toGeneration()));
        return progressed.switched(now, settings.retireDelay);
    }

    /** Once every instance reads the new generation, the old one goes (or stays, and the one before it goes). */
    private GroupReplay retiring(GroupReplay group) {
        if (Instant.now().isBefore(group.retireAt())) {
            return group;
        }
        if (settings.keepPreviousGeneration) {
            databases.drop(group.group(), group.fromGeneration() - 1, group.toGeneration());
            return group.retired("kept");
        }
        databases.drop(group.group(), group.fromGeneration(), group.toGeneration());
        return group.retired("dropped");
    }

    private boolean stoppedTooLong(GroupReplay group) {
        return Duration.between(group.stoppingSince(), Instant.now()).compareTo(settings.stopTimeout) > 0;
    }

    private boolean isHeldBy(String replayId, String group, State state) {
        Generation generation = generations.of(group);
        return generation.state() == state && replayId.equals(generation.replayId());
    }
}
