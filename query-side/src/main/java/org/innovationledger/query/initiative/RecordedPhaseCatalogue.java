package org.innovationledger.query.initiative;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.process.BuiltInProcessModels;
import org.innovationledger.kernel.process.PhaseDefinition;
import org.innovationledger.kernel.process.ProcessModelRef;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Built-in models from the contract; the tenants' own from the portfolio's copy of their definitions. */
@Component
class RecordedPhaseCatalogue implements PhaseCatalogue {

    private final MongoTemplate mongo;

    RecordedPhaseCatalogue(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<PhaseDefinition> phase(TenantId tenant, ProcessModelRef model, String phaseCode) {
        if (phaseCode == null) {
            return Optional.empty();
        }
        Optional<PhaseDefinition> builtIn = BuiltInProcessModels.find(model).flatMap(m -> m.phase(phaseCode));
        if (builtIn.isPresent() || BuiltInProcessModels.isBuiltIn(model.id())) {
            return builtIn;
        }
        return Optional.ofNullable(mongo.findById(model.toString(), PortfolioProcessModelDocument.class))
                .filter(m -> m.tenant().equals(tenant.value()))
                .flatMap(m -> m.phases().stream().filter(p -> p.code().equals(phaseCode)).findFirst()
                        .map(PortfolioProcessModelDocument.Phase::definition));
    }
}
