package org.innovationledger.command.value;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.command.infra.CommandAccepted;
import org.innovationledger.command.infra.Justified;
import org.innovationledger.command.infra.LedgerCommands;
import org.innovationledger.command.infra.Versions;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.value.DefineValueModel;
import org.innovationledger.kernel.value.DistributionRule;
import org.innovationledger.kernel.value.ReviseValueModel;
import org.innovationledger.kernel.value.ValueIndicator;
import org.innovationledger.kernel.value.ValueItem;
import org.innovationledger.kernel.value.ValueModelDefinition;
import org.innovationledger.kernel.value.ValueModelId;
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
@RequestMapping("/api/value-models")
@Tag(name = "Value models", description = "Värdemodeller: expected values, indicators and the distribution rule")
class ValueModelCommandController {

    private final LedgerCommands commands;

    ValueModelCommandController(LedgerCommands commands) {
        this.commands = commands;
    }

    record DefinitionRequest(String name, String initiativeId, List<ValueItem> items, List<ValueIndicator> indicators,
                             DistributionRule distributionRule, String changeNote, String reason, String documentRef)
            implements Justified {

        ValueModelDefinition definition() {
            return new ValueModelDefinition(name, initiativeId == null ? null : InitiativeId.of(initiativeId), items,
                    indicators, distributionRule);
        }
    }

    @PostMapping
    @Operation(summary = "Define a value model; it becomes version 1",
            description = "Items per beneficiary (PATIENT_OR_CITIZEN, STAFF, CARE_UNIT, REGION, COMPANY, SOCIETY,"
                    + " ENVIRONMENT) and perspective (BUDGET, MARKET, SOCIETAL); indicators with unit, target,"
                    + " measurement point and verification source; shares per agreement party role adding up to 100.")
    ResponseEntity<CommandAccepted> define(@RequestBody DefinitionRequest request) {
        ValueModelId id = ValueModelId.generate();
        commands.send(new DefineValueModel(id, request.definition()), request.why());
        return CommandAccepted.created("/api/value-models/" + id, id.value(), 0);
    }

    @PostMapping("/{valueModelId}/revise")
    @Operation(summary = "Add the next version of a value model, with a change note",
            description = "Agreements keep the version they reference. Send If-Match with the version you read.")
    ResponseEntity<CommandAccepted> revise(@PathVariable String valueModelId,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @RequestBody DefinitionRequest request) {
        long version = commands.send(new ReviseValueModel(ValueModelId.of(valueModelId), request.definition(),
                request.changeNote(), Versions.fromIfMatch(ifMatch)), request.why());
        return CommandAccepted.changed(valueModelId, version);
    }
}
