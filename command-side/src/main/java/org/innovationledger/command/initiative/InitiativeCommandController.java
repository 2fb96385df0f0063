package org.innovationledger.command.initiative;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.command.infra.CommandAccepted;
import org.innovationledger.command.infra.LedgerCommands;
import org.innovationledger.command.infra.Versions;
import org.innovationledger.kernel.common.Justification;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.RegisterInitiative;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping("/api/initiatives")
@Tag(name = "Initiatives", description = "The portfolio's projects and partnership cases")
class InitiativeCommandController {

    private final LedgerCommands commands;

    InitiativeCommandController(LedgerCommands commands) {
        this.commands = commands;
    }

    record RegisterRequest(String title, String description, String unitId, String reason, String documentRef) {
    }

    @PostMapping
    @Operation(summary = "Register an initiative under one of the tenant's units")
    ResponseEntity<CommandAccepted> register(@RequestBody RegisterRequest request) {
        Justification why = new Justification(request.reason(), request.documentRef());
        InitiativeId initiativeId = InitiativeId.generate();
        OrganisationUnitId unitId = request.unitId() == null ? null : OrganisationUnitId.of(request.unitId());
        commands.send(new RegisterInitiative(initiativeId, request.title(), request.description(), unitId), why);
        return ResponseEntity.created(URI.create("/api/initiatives/" + initiativeId))
                .eTag(Versions.etag(0))
                .body(new CommandAccepted(initiativeId.value(), 0));
    }
}
