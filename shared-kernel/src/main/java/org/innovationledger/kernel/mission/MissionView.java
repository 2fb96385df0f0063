package org.innovationledger.kernel.mission;

import org.innovationledger.kernel.common.TenantId;

import java.util.List;

/**
 * A mission as the read side knows it.
 *
 * @param programmeAreas the prioritised programme areas, in order of priority
 * @param formerTitles   earlier titles, oldest first
 * @param version        the aggregate version (use as ETag / If-Match)
 * @param position       global event position this view reflects
 */
public record MissionView(MissionId missionId,
                          TenantId tenant,
                          String title,
                          String ambition,
                          String challenge,
                          List<String> programmeAreas,
                          List<String> formerTitles,
                          long version,
                          long position) {
}
