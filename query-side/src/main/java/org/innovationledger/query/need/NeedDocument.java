package org.innovationledger.query.need;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.need.NeedCriterion;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.need.NeedSource;
import org.innovationledger.kernel.need.NeedStatus;
import org.innovationledger.kernel.need.NeedView;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One need in the backlog read model; {@code position} is the last event position applied to it.
 * {@code open} and the criteria counts are kept beside the status and criteria so the store can sort by them.
 * {@code identifiedAt} is the event timestamp as fixed-width ISO-8601 text with nanoseconds: exact (a Mongo
 * date keeps milliseconds only) and ordered like the instants (Instant.toString drops trailing zeros).
 */
@Document(NeedDocument.COLLECTION)
record NeedDocument(@Id String id,
                    @Indexed String tenant,
                    String title,
                    String description,
                    NeedSource source,
                    String unitId,
                    String ownerUnitId,
                    List<NeedCriterion> criteria,
                    int mustCount,
                    int shouldCount,
                    int bonusCount,
                    List<String> initiatives,
                    NeedStatus status,
                    boolean open,
                    String closingNote,
                    String identifiedAt,
                    long version,
                    long position) {

    static final String COLLECTION = "needs";

    private static final DateTimeFormatter SORTABLE_INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    static String sortable(Instant instant) {
        return SORTABLE_INSTANT.format(instant);
    }

    NeedView toView() {
        return new NeedView(NeedId.of(id), TenantId.of(tenant), title, description, source,
                OrganisationUnitId.of(unitId), ownerUnitId == null ? null : OrganisationUnitId.of(ownerUnitId),
                criteria == null ? List.of() : List.copyOf(criteria), mustCount, shouldCount, bonusCount,
                initiatives == null ? List.of() : initiatives.stream().map(InitiativeId::of).toList(),
                status, closingNote, Instant.parse(identifiedAt), version, position);
    }
}
