package org.innovationledger.command.initiative;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.command.infra.CommandAccepted;
import org.innovationledger.command.infra.Justified;
import org.innovationledger.command.infra.LedgerCommands;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.*;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.process.CaseType;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.kernel.process.ProcessModelId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/initiatives")
@Tag(name = "Initiatives", description = "The portfolio's projects and partnership cases")
class InitiativeCommandController {

    private static final String IF_MATCH = HttpHeaders.IF_MATCH;
    private final LedgerCommands commands;

    InitiativeCommandController(LedgerCommands commands) {
        this.commands = commands;
    }

    record RegisterRequest(String title, String description, String unitId, InitiativeOrigin origin, String needId,
                           String partnerName, CaseType caseType, String processModel, Integer processModelVersion,
                           String reason, String documentRef) implements Justified {
    }

    @PostMapping
    @Operation(summary = "Register an initiative from a need or a partner's offer, under a process model")
    ResponseEntity<CommandAccepted> register(@RequestBody RegisterRequest r) {
        InitiativeId id = InitiativeId.generate();
        commands.send(new RegisterInitiative(id, r.title(), r.description(), unit(r.unitId()), r.origin(),
                r.needId() == null ? null : NeedId.of(r.needId()), r.partnerName(), r.caseType(),
                r.processModel() == null ? null : ProcessModelId.of(r.processModel()), r.processModelVersion()), r.why());
        return CommandAccepted.created("/api/initiatives/" + id, id.value(), 0);
    }

    record ClassifyRequest(String strategyArea, String coreArea, InnovationType innovationType, List<String> missions,
                           String testbedUnitId, String reason, String documentRef) implements Justified {
    }

    @PostMapping("/{id}/classification")
    @Operation(summary = "Classify: strategy area, core area, innovation type, missions, testbed")
    ResponseEntity<CommandAccepted> classify(@PathVariable String id, @RequestHeader(value = IF_MATCH, required = false)
    String ifMatch, @RequestBody ClassifyRequest r) {
        return commands.change(id, r, v -> new ClassifyInitiative(InitiativeId.of(id), r.strategyArea(), r.coreArea(),
                r.innovationType(), r.missions() == null ? null : r.missions().stream().map(MissionId::of).toList(),
                unit(r.testbedUnitId()), v), ifMatch);
    }

    record RoleRequest(InitiativeRole role, String holder, String unitId, String reason, String documentRef)
            implements Justified {
    }

    @PostMapping("/{id}/roles")
    @Operation(summary = "Assign a role: need owner, maintainer (förvaltare), funder, end users")
    ResponseEntity<CommandAccepted> role(@PathVariable String id, @RequestHeader(value = IF_MATCH, required = false)
    String ifMatch, @RequestBody RoleRequest r) {
        return commands.change(id, r, v -> new AssignInitiativeRole(InitiativeId.of(id), r.role(), r.holder(), unit(r.unitId()), v),
                ifMatch);
    }

    record AnchoringRequest(String careUnitId, String valuePotential, String reason, String documentRef)
            implements Justified {
    }

    @PostMapping("/{id}/care-unit-anchoring")
    @Operation(summary = "Record that the idea is anchored with the care unit (förankring)")
    ResponseEntity<CommandAccepted> anchoring(@PathVariable String id, @RequestHeader(value = IF_MATCH, required = false)
    String ifMatch, @RequestBody AnchoringRequest r) {
        return commands.change(id, r, v -> new RecordCareUnitAnchoring(InitiativeId.of(id), unit(r.careUnitId()),
                r.valuePotential(), v), ifMatch);
    }

    record SummaryRequest(String summary, EconomicValue economicValue, String reason, String documentRef)
            implements Justified {
    }

    @PostMapping("/{id}/needs-and-cost-baseline")
    @Operation(summary = "Record the needs analysis and cost mapping (baseline)")
    ResponseEntity<CommandAccepted> baseline(@PathVariable String id, @RequestHeader(value = IF_MATCH, required = false)
    String ifMatch, @RequestBody SummaryRequest r) {
        return commands.change(id, r, v -> new RecordNeedsAndCostBaseline(InitiativeId.of(id), r.summary(), v), ifMatch);
    }

    @PostMapping("/{id}/value-analysis")
    @Operation(summary = "Record the value analysis and its economic result")
    ResponseEntity<CommandAccepted> valueAnalysis(@PathVariable String id,
                                                  @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                  @RequestBody SummaryRequest r) {
        return commands.change(id, r, v -> new CompleteValueAnalysis(InitiativeId.of(id), r.summary(), r.economicValue(), v),
                ifMatch);
    }

    record GateDecisionRequest(String gate, GateOutcome outcome, String decisionBody, List<PartyPosition> partyPositions,
                               String rationale, List<String> evidenceRefs, LocalDate decidedOn,
                               StrategicDecision strategicDecision, String reason, String documentRef)
            implements Justified {
    }

    @PostMapping("/{id}/gate-decisions")
    @Operation(summary = "Record a gate decision: the only way an initiative changes phase",
            description = "The outcome must be one the gate of the initiative's process model allows.")
    ResponseEntity<CommandAccepted> gateDecision(@PathVariable String id,
                                                 @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                 @RequestBody GateDecisionRequest r) {
        return commands.change(id, r, v -> new RecordGateDecision(InitiativeId.of(id), r.gate(), r.outcome(), r.decisionBody(),
                r.partyPositions(), r.rationale(), r.evidenceRefs(), r.decidedOn(), r.strategicDecision(), v), ifMatch);
    }

    record RetractionRequest(String reason, String documentRef) implements Justified {
    }

    @PostMapping("/{id}/gate-decisions/{decisionId}/retraction")
    @Operation(summary = "Retract a wrongly recorded gate decision: the latest one in force",
            description = "A compensating event, never an edit: the decision stays in the log marked as retracted and"
                    + " the initiative returns to the phase it was taken in (reopened if it had ended it).")
    ResponseEntity<CommandAccepted> retraction(@PathVariable String id, @PathVariable String decisionId,
                                               @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                               @RequestBody RetractionRequest r) {
        return commands.change(id, r, v -> new RetractGateDecision(InitiativeId.of(id), decisionId, r.reason(), v), ifMatch);
    }

    record BarrierRequest(BarrierCategory category, SystemLevel level, String description, String measure,
                          String workaround, String reason, String documentRef) implements Justified {
    }

    @PostMapping("/{id}/barriers")
    @Operation(summary = "Record a barrier met (10 categories x 3 system levels)")
    ResponseEntity<CommandAccepted> barrier(@PathVariable String id, @RequestBody BarrierRequest r) {
        String barrierId = "b-" + UUID.randomUUID();
        return created(id, "barriers", barrierId,
                new ObserveBarrier(InitiativeId.of(id), barrierId, r.category(), r.level(), r.description()), r);
    }

    @PostMapping("/{id}/barriers/{barrierId}/addressed")
    @Operation(summary = "Record the measure that removed a barrier")
    ResponseEntity<CommandAccepted> addressed(@PathVariable String id, @PathVariable String barrierId,
                                              @RequestBody BarrierRequest r) {
        return commands.changed(id, new AddressBarrier(InitiativeId.of(id), barrierId, r.measure()), r);
    }

    @PostMapping("/{id}/barriers/{barrierId}/circumvented")
    @Operation(summary = "Record how a barrier was worked around")
    ResponseEntity<CommandAccepted> circumvented(@PathVariable String id, @PathVariable String barrierId,
                                                 @RequestBody BarrierRequest r) {
        return commands.changed(id, new CircumventBarrier(InitiativeId.of(id), barrierId, r.workaround()), r);
    }

    record PilotRequest(String unitId, LocalDate startedOn, LocalDate completedOn, String result, String reason,
                        String documentRef) implements Justified {
    }

    @PostMapping("/{id}/pilots")
    @Operation(summary = "Start a pilot at a unit (test phase)")
    ResponseEntity<CommandAccepted> pilot(@PathVariable String id, @RequestBody PilotRequest r) {
        String pilotId = "p-" + UUID.randomUUID();
        return created(id, "pilots", pilotId, new StartPilot(InitiativeId.of(id), pilotId, unit(r.unitId()),
                r.startedOn()), r);
    }

    @PostMapping("/{id}/pilots/{pilotId}/completion")
    @Operation(summary = "Complete a pilot with its result")
    ResponseEntity<CommandAccepted> pilotCompleted(@PathVariable String id, @PathVariable String pilotId,
                                                   @RequestBody PilotRequest r) {
        return commands.changed(id, new CompletePilot(InitiativeId.of(id), pilotId, r.completedOn(), r.result()), r);
    }

    record UnitDateRequest(String unitId, LocalDate on, String reason, String documentRef) implements Justified {
    }

    @PostMapping("/{id}/implementations")
    @Operation(summary = "Record that the solution is in operation at a unit")
    ResponseEntity<CommandAccepted> implemented(@PathVariable String id, @RequestBody UnitDateRequest r) {
        return commands.changed(id, new RecordImplementation(InitiativeId.of(id), unit(r.unitId()), r.on()), r);
    }

    @PostMapping("/{id}/spread")
    @Operation(summary = "Record that the solution spread to another unit")
    ResponseEntity<CommandAccepted> spread(@PathVariable String id, @RequestBody UnitDateRequest r) {
        return commands.changed(id, new SpreadInitiative(InitiativeId.of(id), unit(r.unitId()), r.on()), r);
    }

    record PublicationRequest(String title, String channel, String reference, LocalDate publishedOn, String reason,
                              String documentRef) implements Justified {
    }

    @PostMapping("/{id}/publications")
    @Operation(summary = "Record a publication of results")
    ResponseEntity<CommandAccepted> published(@PathVariable String id, @RequestBody PublicationRequest r) {
        return commands.changed(id, new PublishResults(InitiativeId.of(id), r.title(), r.channel(), r.reference(), r.publishedOn()), r);
    }

    record ClosureRequest(String finalEvaluation, LocalDate closedOn, String reason, String documentRef)
            implements Justified {
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close the initiative with its final evaluation")
    ResponseEntity<CommandAccepted> close(@PathVariable String id, @RequestHeader(value = IF_MATCH, required = false)
    String ifMatch, @RequestBody ClosureRequest r) {
        return commands.change(id, r, v -> new CloseInitiative(InitiativeId.of(id), r.finalEvaluation(), r.closedOn(), v), ifMatch);
    }

    record ShareRequest(String tenant, String reason, String documentRef) implements Justified {
    }

    @PostMapping("/{id}/shares")
    @Operation(summary = "Share the initiative for reading with another region (a joint project)",
            description = "Only the owner region shares, also after the initiative was closed or ended; the other"
                    + " region then finds it in its portfolio, with its detail and timeline, and changes nothing.")
    ResponseEntity<CommandAccepted> share(@PathVariable String id, @RequestHeader(value = IF_MATCH, required = false)
    String ifMatch, @RequestBody ShareRequest r) {
        // TenantId refuses a missing or malformed region as invalid input (400)
        TenantId withTenant = TenantId.of(r.tenant());
        return commands.change(id, r, v -> new ShareInitiative(InitiativeId.of(id), withTenant, v), ifMatch);
    }

    record SharingEndRequest(String reason, String documentRef) implements Justified {
    }

    @PostMapping("/{id}/shares/{tenant}/end")
    @Operation(summary = "End the sharing of the initiative with another region, which then no longer sees it")
    ResponseEntity<CommandAccepted> endSharing(@PathVariable String id, @PathVariable String tenant,
                                               @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                               @RequestBody SharingEndRequest r) {
        TenantId withTenant = TenantId.of(tenant);
        return commands.change(id, r, v -> new EndInitiativeSharing(InitiativeId.of(id), withTenant, v), ifMatch);
    }

    /** For facts with an identity of their own inside the initiative (a barrier, a pilot): 201 with its id. */
    private ResponseEntity<CommandAccepted> created(String id, String collection, String partId, Object command,
                                                    Justified request) {
        long version = commands.send(command, request.why());
        return CommandAccepted.created("/api/initiatives/" + id + "/" + collection + "/" + partId, partId, version);
    }

    private static OrganisationUnitId unit(String id) {
        return id == null ? null : OrganisationUnitId.of(id);
    }
}
