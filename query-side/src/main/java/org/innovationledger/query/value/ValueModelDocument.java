package org.innovationledger.query.value;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.value.ValueModelDefinition;
import org.innovationledger.kernel.value.ValueModelId;
import org.innovationledger.kernel.value.ValueModelRef;
import org.innovationledger.kernel.value.ValueModelView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Read model of one value model with every version, oldest first; {@code initiativeId} is the newest version's,
 * for filtering; {@code position} is the last event position applied.
 */
@Document(ValueModelDocument.COLLECTION)
record ValueModelDocument(@Id String id, @Indexed String tenant, String initiativeId, List<ModelVersion> versions,
                          long position) {

    static final String COLLECTION = "value_models";

    /** @param changeNote null for version 1 */
    record ModelVersion(int version, ValueModelDefinition definition, String changeNote) {
    }

    ValueModelDocument revised(ModelVersion next, long atPosition) {
        List<ModelVersion> all = new ArrayList<>(versions);
        all.add(next);
        return new ValueModelDocument(id, tenant, initiativeOf(next.definition()), List.copyOf(all), atPosition);
    }

    static String initiativeOf(ValueModelDefinition definition) {
        return definition.initiativeId() == null ? null : definition.initiativeId().value();
    }

    int newestVersion() {
        return versions.get(versions.size() - 1).version();
    }

    /** The view of one version, or of the newest when {@code version} is null. */
    Optional<ValueModelView> toView(Integer version) {
        int wanted = version == null ? newestVersion() : version;
        return versions.stream().filter(v -> v.version() == wanted).findFirst()
                .map(v -> new ValueModelView(new ValueModelRef(ValueModelId.of(id), v.version()), TenantId.of(tenant),
                        v.definition(), v.changeNote(), versions.stream().map(ModelVersion::version).toList(),
                        position));
    }
}
