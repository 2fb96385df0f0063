package org.innovationledger.command.partner;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.command.infra.CommandAccepted;
import org.innovationledger.command.infra.Justified;
import org.innovationledger.command.infra.LedgerCommands;
import org.innovationledger.command.infra.Versions;
import org.innovationledger.kernel.partner.PartnerId;
import org.innovationledger.kernel.partner.PartnerKind;
import org.innovationledger.kernel.partner.RegisterPartnerOrganisation;
import org.innovationledger.kernel.partner.RenamePartnerOrganisation;
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
@RequestMapping("/api/partners")
@Tag(name = "Partner organisations", description = "The region's register of external partners: companies, academia,"
        + " municipalities, patient organisations, funders")
class PartnerCommandController {

    private final LedgerCommands commands;

    PartnerCommandController(LedgerCommands commands) {
        this.commands = commands;
    }

    record RegisterRequest(String name, PartnerKind kind, String organisationNumber, String country, String reason,
                           String documentRef) implements Justified {
    }

    record RenameRequest(String newName, LocalDate effectiveFrom, String reason, String documentRef)
            implements Justified {
    }

    @PostMapping
    @Operation(summary = "Register a partner organisation in the region's partner register",
            description = "Kinds: COMPANY, SME, START_UP, ACADEMIA, MUNICIPALITY, PATIENT_ORGANISATION, FUNDER. The"
                    + " organisation number (Swedish NNNNNN-NNNN or Danish CVR, eight digits; format checked only)"
                    + " is optional but registered once per region (409 PARTNER_ALREADY_REGISTERED). Answers 201"
                    + " with the partner's id and ETag \"0\".")
    ResponseEntity<CommandAccepted> register(@RequestBody RegisterRequest request) {
        var why = request.why();
        String id = commands.send(new RegisterPartnerOrganisation(request.name(), request.kind(),
                request.organisationNumber(), request.country()), why);
        return CommandAccepted.created("/api/partners/" + id, id, 0);
    }

    @PostMapping("/{partnerId}/rename")
    @Operation(summary = "Rename a partner from a date on",
            description = "The former name stays in force before effectiveFrom. Send If-Match with the version you read.")
    ResponseEntity<CommandAccepted> rename(@PathVariable String partnerId,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @RequestBody RenameRequest request) {
        var why = request.why();
        long version = commands.send(new RenamePartnerOrganisation(PartnerId.of(partnerId), request.newName(),
                request.effectiveFrom(), Versions.fromIfMatch(ifMatch)), why);
        return CommandAccepted.changed(partnerId, version);
    }
}
