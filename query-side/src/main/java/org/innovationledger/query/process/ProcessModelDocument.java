package org.innovationledger.query.process;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.process.ProcessModelDefinition;
import org.innovationledger.kernel.process.ProcessModelId;
import org.innovationledger.kernel.process.ProcessModelRef;
import org.innovationledger.kernel.process.ProcessModelView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Read model of one of a tenant's process models with every version, oldest first; {@code position} is the last
 * event position applied to it.
 */
@Document(ProcessModelDocument.COLLECTION)
record ProcessModelDocument(@Id String id, @Indexed String tenant, List<ModelVersion> versions, long position) {

    static final String COLLECTION = "process_models";

    /** @param changeNote null for version 1 */
    record ModelVersion(int version, ProcessModelDefinition definition, String changeNote) {
    }

    ProcessModelDocument revised(ModelVersion next, long atPosition) {
        List<ModelVersion> all = new ArrayList<>(versions);
        all.add(next);
        return new ProcessModelDocument(id, tenant, List.copyOf(all), atPosition);
    }

    /** The view of one version, or of the newest when {@code version} is null. */
    Optional<ProcessModelView> toView(Integer version) {
        int wanted = version == null ? versions.get(versions.size() - 1).version() : version;
        return versions.stream()
                .filter(v -> v.version() == wanted)
                .findFirst()
                .map(v -> new ProcessModelView(new ProcessModelRef(ProcessModelId.of(id), v.version()),
                        TenantId.of(tenant), false, v.definition(),
                        versions.stream().map(ModelVersion::version).toList(), position));
    }
}
