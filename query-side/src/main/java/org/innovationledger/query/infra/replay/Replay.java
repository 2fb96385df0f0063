package org.innovationledger.query.infra.replay;

import org.springframework.data.annotation.Id;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One replay as recorded in the configured database ({@value ReplayRecords#COLLECTION}), so every instance can
 * answer for it: what was asked (one processing group or all), by whom and why, and each group's way from its
 * current generation to the next. The coordinator is the instance driving it; its heartbeat shows it is alive.
 */
record Replay(@Id String id, String processingGroup, String requestedBy, String requestedByRole,
              String requestedByTenant, String reason, Instant requestedAt, Instant finishedAt, boolean open,
              String coordinator, Instant heartbeat, List<GroupReplay> groups) {

    enum Phase { STOPPING, REPLAYING, DONE, FAILED }

    /**
     * One group's rebuild. Positions are global event positions: where the live processor stood when its tokens
     * were reset, where the rebuild is (its slowest segment), and the event store's newest.
     */
    record GroupReplay(String group, Phase phase, int fromGeneration, int toGeneration, Instant stoppingSince,
                       Instant replayingSince, Long resetPosition, Long position, Long headPosition,
                       Double eventsPerSecond, Instant switchedAt, Instant retireAt, String previousGeneration,
                       String error) {

        static GroupReplay stopping(String group, int from, Instant now) {
            return new GroupReplay(group, Phase.STOPPING, from, from + 1, now, null, null, null, null, null, null,
                    null, null, null);
        }

        GroupReplay replaying(Instant now, Long reset) {
            return new GroupReplay(group, Phase.REPLAYING, fromGeneration, toGeneration, stoppingSince, now, reset,
                    null, null, null, null, null, null, null);
        }

        GroupReplay progress(Long reached, Long reset, Long head, Instant now) {
            return new GroupReplay(group, phase, fromGeneration, toGeneration, stoppingSince, replayingSince,
                    reset != null ? reset : resetPosition, reached, head, rate(reached, now), null, null, null,
                    null);
        }

        GroupReplay switched(Instant now, Duration retireDelay) {
            return new GroupReplay(group, Phase.DONE, fromGeneration, toGeneration, stoppingSince, replayingSince,
                    resetPosition, position, headPosition, eventsPerSecond, now, now.plus(retireDelay), null, null);
        }

        GroupReplay retired(String what) {
            return new GroupReplay(group, phase, fromGeneration, toGeneration, stoppingSince, replayingSince,
                    resetPosition, position, headPosition, eventsPerSecond, switchedAt, retireAt, what, error);
        }

        GroupReplay failed(String why) {
            return new GroupReplay(group, Phase.FAILED, fromGeneration, toGeneration, stoppingSince, replayingSince,
                    resetPosition, position, headPosition, eventsPerSecond, null, null, null, why);
        }

        boolean finished() {
            return phase == Phase.FAILED || (phase == Phase.DONE && previousGeneration != null);
        }

        /** Positions passed per second since the rebuild started (positions are consecutive event numbers). */
        private Double rate(Long reached, Instant now) {
            if (reached == null || replayingSince == null) {
                return eventsPerSecond;
            }
            double seconds = Math.max(0.001, Duration.between(replayingSince, now).toMillis() / 1000.0);
            return Math.round(reached / seconds * 10) / 10.0;
        }
    }

    /** STOPPING while any group is, then REPLAYING while any group is, then FAILED if any group failed, else DONE. */
    Phase state() {
        if (groups.stream().anyMatch(g -> g.phase() == Phase.STOPPING)) {
            return Phase.STOPPING;
        }
        if (groups.stream().anyMatch(g -> g.phase() == Phase.REPLAYING)) {
            return Phase.REPLAYING;
        }
        return groups.stream().anyMatch(g -> g.phase() == Phase.FAILED) ? Phase.FAILED : Phase.DONE;
    }

    Replay with(List<GroupReplay> next, Instant now) {
        Replay updated = new Replay(id, processingGroup, requestedBy, requestedByRole, requestedByTenant, reason,
                requestedAt, finishedAt, next.stream().anyMatch(g -> !g.finished()), coordinator, now, next);
        boolean over = updated.state() == Phase.DONE || updated.state() == Phase.FAILED;
        return over && finishedAt == null ? updated.finishedAt(now) : updated;
    }

    Replay coordinatedBy(String node, Instant now) {
        return new Replay(id, processingGroup, requestedBy, requestedByRole, requestedByTenant, reason, requestedAt,
                finishedAt, open, node, now, groups);
    }

    private Replay finishedAt(Instant now) {
        return new Replay(id, processingGroup, requestedBy, requestedByRole, requestedByTenant, reason, requestedAt,
                now, open, coordinator, heartbeat, groups);
    }
}
