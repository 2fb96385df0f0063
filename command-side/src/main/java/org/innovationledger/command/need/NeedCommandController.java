package org.innovationledger.command.need;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.command.infra.CommandAccepted;
import org.innovationledger.command.infra.LedgerCommands;
import org.innovationledger.command.infra.Versions;
import org.innovationledger.kernel.common.Justification;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.need.AssignNeedOwner;
import org.innovationledger.kernel.need.CriterionWeight;
import org.innovationledger.kernel.need.HandOverNeed;
import org.innovationledger.kernel.need.IdentifyNeed;
import org.innovationledger.kernel.need.LinkNeedToInitiative;
import org.innovationledger.kernel.need.NeedCriterion;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.need.NeedSource;
import org.innovationledger.kernel.need.PrioritiseNeed;
import org.innovationledger.kernel.need.ReferNeed;
import org.innovationledger.kernel.need.ResolveNeedInternally;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/needs")
@Tag(name = "Needs", description = "Needs from care (behov): identified, owned, prioritised, linked, closed")
class NeedCommandController {

    private final LedgerCommands commands;

    NeedCommandController(LedgerCommands commands) {
        this.commands = commands;
    }

    record IdentifyRequest(String title, String description, NeedSource source, String unitId,
                           String reason, String documentRef) {
    }

    record OwnerRequest(String ownerUnitId, String reason, String documentRef) {
    }

    record CriterionRequest(String text, CriterionWeight weight) {
    }

    record PriorityRequest(List<CriterionRequest> criteria, String reason, String documentRef) {
    }

    record LinkRequest(String initiativeId, String reason, String documentRef) {
    }

    record ResolveRequest(String resolution, String reason, String documentRef) {
    }

    record HandOverRequest(String receiver, String note, String reason, String documentRef) {
    }

    record ReferRequest(String referredTo, String note, String reason, String documentRef) {
    }

    @PostMapping
    @Operation(summary = "Identify a need at one of the tenant's units",
            description = "Answers 201 with the new need's id and ETag \"0\". Sources: STAFF, PATIENT, SHADOWING,"
                    + " MARKET_DIALOGUE, COMPANY_INQUIRY.")
    ResponseEntity<CommandAccepted> identify(@RequestBody IdentifyRequest request) {
        Justification why = new Justification(request.reason(), request.documentRef());
        NeedId needId = NeedId.generate();
        commands.send(new IdentifyNeed(needId, request.title(), request.description(), request.source(),
                unit(request.unitId())), why);
        return CommandAccepted.created("/api/needs/" + needId, needId.value(), 0);
    }

    @PostMapping("/{needId}/owner")
    @Operation(summary = "Assign the need owner (behovsägare), one of the tenant's units")
    ResponseEntity<CommandAccepted> assignOwner(@PathVariable String needId,
                                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                @RequestBody OwnerRequest request) {
        Justification why = new Justification(request.reason(), request.documentRef());
        return CommandAccepted.changed(needId, commands.send(new AssignNeedOwner(NeedId.of(needId), unit(request.ownerUnitId()),
                Versions.fromIfMatch(ifMatch)), why));
    }

    @PostMapping("/{needId}/priority")
    @Operation(summary = "Prioritise the need by must / should / bonus criteria",
            description = "Replaces the whole list of criteria; at least one must be a MUST.")
    ResponseEntity<CommandAccepted> prioritise(@PathVariable String needId,
                                               @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                               @RequestBody PriorityRequest request) {
        Justification why = new Justification(request.reason(), request.documentRef());
        List<NeedCriterion> criteria = request.criteria() == null ? null : request.criteria().stream()
                .map(c -> c == null ? null : new NeedCriterion(c.text(), c.weight()))
                .toList();
        return CommandAccepted.changed(needId, commands.send(new PrioritiseNeed(NeedId.of(needId), criteria,
                Versions.fromIfMatch(ifMatch)), why));
    }

    @PostMapping("/{needId}/links")
    @Operation(summary = "Link the need to an initiative that works on it")
    ResponseEntity<CommandAccepted> link(@PathVariable String needId,
                                         @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @RequestBody LinkRequest request) {
        Justification why = new Justification(request.reason(), request.documentRef());
        InitiativeId initiativeId = request.initiativeId() == null ? null : InitiativeId.of(request.initiativeId());
        return CommandAccepted.changed(needId, commands.send(new LinkNeedToInitiative(NeedId.of(needId), initiativeId,
                Versions.fromIfMatch(ifMatch)), why));
    }

    @PostMapping("/{needId}/resolve")
    @Operation(summary = "Close the need: an internal solution resolved it")
    ResponseEntity<CommandAccepted> resolve(@PathVariable String needId,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @RequestBody ResolveRequest request) {
        Justification why = new Justification(request.reason(), request.documentRef());
        return CommandAccepted.changed(needId, commands.send(new ResolveNeedInternally(NeedId.of(needId), request.resolution(),
                Versions.fromIfMatch(ifMatch)), why));
    }

    @PostMapping("/{needId}/hand-over")
    @Operation(summary = "Close the need: hand it over to another party")
    ResponseEntity<CommandAccepted> handOver(@PathVariable String needId,
                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                             @RequestBody HandOverRequest request) {
        Justification why = new Justification(request.reason(), request.documentRef());
        return CommandAccepted.changed(needId, commands.send(new HandOverNeed(NeedId.of(needId), request.receiver(),
                request.note(), Versions.fromIfMatch(ifMatch)), why));
    }

    @PostMapping("/{needId}/refer")
    @Operation(summary = "Close the need: refer it to another process")
    ResponseEntity<CommandAccepted> refer(@PathVariable String needId,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @RequestBody ReferRequest request) {
        Justification why = new Justification(request.reason(), request.documentRef());
        return CommandAccepted.changed(needId, commands.send(new ReferNeed(NeedId.of(needId), request.referredTo(),
                request.note(), Versions.fromIfMatch(ifMatch)), why));
    }

    private static OrganisationUnitId unit(String unitId) {
        return unitId == null ? null : OrganisationUnitId.of(unitId);
    }
}
