package org.innovationledger.query.mission;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.mission.MissionView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * Read model of one mission; {@code position} is the last event position applied to it, {@code definedAt} the
 * position of its definition, by which the tenant's missions keep the order they were defined in.
 */
@Document(MissionDocument.COLLECTION)
record MissionDocument(@Id String id,
                       @Indexed String tenant,
                       String title,
                       String ambition,
                       String challenge,
                       List<String> programmeAreas,
                       List<String> formerTitles,
                       long definedAt,
                       long version,
                       long position) {

    static final String COLLECTION = "missions";

    MissionView toView() {
        return new MissionView(MissionId.of(id), TenantId.of(tenant), title, ambition, challenge,
                programmeAreas == null ? List.of() : List.copyOf(programmeAreas),
                formerTitles == null ? List.of() : List.copyOf(formerTitles), version, position);
    }
}
