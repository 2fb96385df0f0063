package org.innovationledger.query.audit;

import org.innovationledger.kernel.audit.FetchAuditTrail;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.query.infra.PublishedEventTypes;
import org.innovationledger.query.initiative.QueryParams;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The audit trail's filters as a request gives them, read one way for the API ({@code GET /api/audit/events}) and the
 * web interface's auditor view, so the same parameters select the same entries in both. Blank is absent; a malformed
 * value is an {@link IllegalArgumentException} (400).
 *
 * @param type event types, repeated or comma-separated
 */
public record AuditTrailFilter(String aggregateId, String principal, List<String> type, String from, String to,
                               String after, String limit) {

    /** The query for the trail of {@code scoped} (null: every region's); unknown event types are refused. */
    public FetchAuditTrail query(TenantId scoped, PublishedEventTypes eventTypes) {
        Set<String> types = types();
        eventTypes.requireKnown("type", types);
        return new FetchAuditTrail(scoped, aggregateId, principal, types, instant("from", from), instant("to", to),
                position("after", after), QueryParams.integer("limit", limit, FetchAuditTrail.DEFAULT_LIMIT));
    }

    /** Repeated and comma-separated values alike. */
    public Set<String> types() {
        if (type == null) {
            return Set.of();
        }
        return type.stream().flatMap(value -> Arrays.stream(value.split(","))).map(String::strip)
                .filter(name -> !name.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** An instant with its offset; a '+' sent unencoded arrives as a space (no ISO timestamp contains one). */
    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 date and time with offset, such as"
                    + " 2024-05-01T00:00:00Z or 2024-05-01T02:00:00+02:00, got: " + value);
        }
    }

    /** A global event position as the trail gives it; null when blank. */
    public static Long position(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long position = Long.parseLong(value.strip());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException(name + " must be a global event position (a whole number, 0 or more)"
                + " as the trail gives it, got: " + value);
    }
}
