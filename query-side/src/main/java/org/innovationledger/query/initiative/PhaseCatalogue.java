package org.innovationledger.query.initiative;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.process.PhaseDefinition;
import org.innovationledger.kernel.process.ProcessModelRef;

import java.util.Optional;

/**
 * The phases of the process model versions a tenant may use, so read models can show a phase's name and stage
 * where events carry only its code.
 */
interface PhaseCatalogue {

    /** The phase, or empty when the model version or the phase is not known here (never an error: see callers). */
    Optional<PhaseDefinition> phase(TenantId tenant, ProcessModelRef model, String phaseCode);
}
