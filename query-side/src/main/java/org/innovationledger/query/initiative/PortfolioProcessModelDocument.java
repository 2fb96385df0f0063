package org.innovationledger.query.initiative;

import org.innovationledger.kernel.process.PhaseDefinition;
import org.innovationledger.kernel.process.ProcessModelDefinition;
import org.innovationledger.kernel.process.ProcessModelRef;
import org.innovationledger.kernel.process.PhaseStage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * The portfolio's own copy of the phases of a tenant's process model version (built-in models need none), so the
 * portfolio can be rebuilt without depending on another projection's progress. A version never changes.
 *
 * @param id {@link ProcessModelRef#toString()}, e.g. {@code pm-1@v2}
 */
@Document(PortfolioProcessModelDocument.COLLECTION)
record PortfolioProcessModelDocument(@Id String id, String tenant, List<Phase> phases, long position) {

    static final String COLLECTION = "portfolio_process_models";

    record Phase(String code, String name, PhaseStage stage) {

        PhaseDefinition definition() {
            return new PhaseDefinition(code, name, stage, null);
        }
    }

    static PortfolioProcessModelDocument of(ProcessModelRef ref, String tenant, ProcessModelDefinition definition,
                                            long position) {
        return new PortfolioProcessModelDocument(ref.toString(), tenant, definition.phases().stream()
                .map(p -> new Phase(p.code(), p.name(), p.stage())).toList(), position);
    }
}
