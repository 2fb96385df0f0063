package org.innovationledger.kernel.need;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import java.time.Instant;
import java.util.List;

/**
 * A need as the read side knows it.
 *
 * @param unitId       where the need arises
 * @param ownerUnitId  the need owner (behovsägare), null until assigned
 * @param criteria     the latest prioritisation, empty until prioritised
 * @param initiatives  initiatives linked to the need, in the order they were linked
 * @param closingNote  the resolution, or who it was handed over / referred to with the note; null while open
 * @param identifiedAt timestamp of the identification event
 * @param version      the aggregate version (use as ETag / If-Match)
 * @param position     global event position this view reflects
 */
public record NeedView(NeedId needId,
                       TenantId tenant,
                       String title,
                       String description,
                       NeedSource source,
                       OrganisationUnitId unitId,
                       OrganisationUnitId ownerUnitId,
                       List<NeedCriterion> criteria,
                       int mustCount,
                       int shouldCount,
                       int bonusCount,
                       List<InitiativeId> initiatives,
                       NeedStatus status,
                       String closingNote,
                       Instant identifiedAt,
                       long version,
                       long position) {
}
