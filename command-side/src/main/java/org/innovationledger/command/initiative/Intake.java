package org.innovationledger.command.initiative;

import org.innovationledger.command.RuleViolationException;
import org.innovationledger.command.mission.MissionDirectory;
import org.innovationledger.command.need.NeedDirectory;
import org.innovationledger.command.organisation.OrganisationUnitDirectory;
import org.innovationledger.command.process.ProcessModelCatalogue;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeOrigin;
import org.innovationledger.kernel.initiative.RegisterInitiative;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.process.CaseType;
import org.innovationledger.kernel.process.ProcessModelDefinition;
import org.innovationledger.kernel.process.ProcessModelRef;

import java.util.List;

/** Rules on what an initiative refers to: units, needs, missions and process models of the same tenant. */
final class Intake {

    private Intake() {
    }

    static void requireUnitInTenant(OrganisationUnitId unitId, TenantId tenant, OrganisationUnitDirectory units) {
        if (units.find(unitId).filter(unit -> unit.tenant().equals(tenant)).isEmpty()) {
            throw new RuleViolationException("ORGANISATION_UNIT_UNKNOWN",
                    "organisation unit " + unitId + " is not registered in this tenant");
        }
    }

    static void requireTestbedInTenant(OrganisationUnitId unitId, TenantId tenant, OrganisationUnitDirectory units) {
        if (unitId != null && units.find(unitId)
                .filter(unit -> unit.tenant().equals(tenant) && unit.kind() == OrganisationUnitKind.TESTBED).isEmpty()) {
            throw new RuleViolationException("TESTBED_UNKNOWN",
                    "unit " + unitId + " is not a testbed (innovation clinic) of this tenant");
        }
    }

    static void requireMissionsInTenant(List<MissionId> missionIds, TenantId tenant, MissionDirectory missions) {
        for (MissionId mission : missionIds) {
            if (missions.ownerOf(mission).filter(tenant::equals).isEmpty()) {
                throw new RuleViolationException("MISSION_UNKNOWN", "mission " + mission + " is not defined in this tenant");
            }
        }
    }

    static void requireOpenNeedInTenant(RegisterInitiative command, TenantId tenant, NeedDirectory needs) {
        if (command.origin() != InitiativeOrigin.NEED) {
            return;
        }
        NeedDirectory.KnownNeed need = needs.find(command.needId()).filter(n -> n.tenant().equals(tenant))
                .orElseThrow(() -> new RuleViolationException("NEED_UNKNOWN",
                        "need " + command.needId() + " is not identified in this tenant"));
        if (!need.open()) {
            throw new RuleViolationException("NEED_CLOSED", "need " + command.needId()
                    + " was already resolved, handed over or referred");
        }
    }

    static ProcessModelRef resolveModel(RegisterInitiative command, TenantId tenant, ProcessModelCatalogue models) {
        ProcessModelRef ref = command.processModelVersion() == null
                ? models.latest(tenant, command.processModel()).orElse(null)
                : new ProcessModelRef(command.processModel(), command.processModelVersion());
        if (ref == null || models.find(tenant, ref).isEmpty()) {
            throw new RuleViolationException("PROCESS_MODEL_UNKNOWN", "process model " + command.processModel()
                    + (command.processModelVersion() == null ? "" : " version " + command.processModelVersion())
                    + " is not available in this tenant");
        }
        return ref;
    }

    /** "Gäller inte för traditionell anskaffning, kliniska studier eller renodlad forskning" (VLL). */
    static void requireCaseTypeInScope(CaseType caseType, ProcessModelDefinition model) {
        if (model.excludedCaseTypes().contains(caseType)) {
            throw new RuleViolationException("CASE_TYPE_OUT_OF_SCOPE",
                    "the process '" + model.name() + "' does not take cases of type " + caseType);
        }
    }
}
