package org.innovationledger.command.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.command.infra.CommandAccepted;
import org.innovationledger.command.infra.LedgerCommands;
import org.innovationledger.command.infra.Versions;
import org.innovationledger.kernel.common.Justification;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.organisation.RegisterOrganisationUnit;
import org.innovationledger.kernel.organisation.RenameOrganisationUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
@RequestMapping("/api/organisation-units")
@Tag(name = "Organisation units", description = "The region's own units: boards, companies, hospitals, clinics, testbeds")
class OrganisationUnitCommandController {

    private final LedgerCommands commands;

    OrganisationUnitCommandController(LedgerCommands commands) {
        this.commands = commands;
    }

    record RegisterRequest(String name, OrganisationUnitKind kind, String parentId, LocalDate establishedOn,
                           String reason, String documentRef) {
    }

    record RenameRequest(String newName, LocalDate effectiveFrom, String reason, String documentRef) {
    }

    @PostMapping
    @Operation(summary = "Register an organisation unit", description = "Answers 201 with the new unit's id and ETag \"0\".")
    ResponseEntity<CommandAccepted> register(@RequestBody RegisterRequest request) {
        Justification why = new Justification(request.reason(), request.documentRef());
        OrganisationUnitId unitId = OrganisationUnitId.generate();
        OrganisationUnitId parentId = request.parentId() == null ? null : OrganisationUnitId.of(request.parentId());
        commands.send(new RegisterOrganisationUnit(unitId, request.name(), request.kind(), parentId,
                request.establishedOn()), why);
        return CommandAccepted.created("/api/organisation-units/" + unitId, unitId.value(), 0);
    }

    @PostMapping("/{unitId}/rename")
    @Operation(summary = "Rename a unit from a date on",
            description = "The former name stays in force before effectiveFrom. Send If-Match with the version you read.")
    ResponseEntity<CommandAccepted> rename(@PathVariable String unitId,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @RequestBody RenameRequest request) {
        Justification why = new Justification(request.reason(), request.documentRef());
        long version = commands.send(new RenameOrganisationUnit(OrganisationUnitId.of(unitId), request.newName(),
                request.effectiveFrom(), Versions.fromIfMatch(ifMatch)), why);
        return CommandAccepted.changed(unitId, version);
    }
}
