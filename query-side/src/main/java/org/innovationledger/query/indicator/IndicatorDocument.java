package org.innovationledger.query.indicator;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.indicator.IndicatorDefinition;
import org.innovationledger.kernel.indicator.IndicatorId;
import org.innovationledger.kernel.indicator.IndicatorView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Read model of one indicator with every version, oldest first; {@code position} is the last event position applied. */
@Document(IndicatorDocument.COLLECTION)
record IndicatorDocument(@Id String id, @Indexed String tenant, List<IndicatorVersion> versions, long position) {

    static final String COLLECTION = "indicators";

    /** @param changeNote null for version 1 */
    record IndicatorVersion(int version, IndicatorDefinition definition, String changeNote) {
    }

    IndicatorDocument revised(IndicatorVersion next, long atPosition) {
        List<IndicatorVersion> all = new ArrayList<>(versions);
        all.add(next);
        return new IndicatorDocument(id, tenant, List.copyOf(all), atPosition);
    }

    int newestVersion() {
        return versions.get(versions.size() - 1).version();
    }

    /** The view of one version, or of the newest when {@code version} is null. */
    Optional<IndicatorView> toView(Integer version) {
        int wanted = version == null ? newestVersion() : version;
        return versions.stream().filter(v -> v.version() == wanted).findFirst()
                .map(v -> new IndicatorView(IndicatorId.of(id), TenantId.of(tenant), v.version(), v.definition(),
                        v.changeNote(), versions.stream().map(IndicatorVersion::version).toList(), position));
    }
}
