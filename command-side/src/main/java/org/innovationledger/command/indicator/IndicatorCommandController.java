package org.innovationledger.command.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.command.infra.CommandAccepted;
import org.innovationledger.command.infra.Justified;
import org.innovationledger.command.infra.LedgerCommands;
import org.innovationledger.command.infra.Versions;
import org.innovationledger.kernel.indicator.DefineIndicator;
import org.innovationledger.kernel.indicator.IndicatorDefinition;
import org.innovationledger.kernel.indicator.IndicatorId;
import org.innovationledger.kernel.indicator.IndicatorKind;
import org.innovationledger.kernel.indicator.ReviseIndicator;
import org.innovationledger.kernel.indicator.Threshold;
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
@RequestMapping("/api/indicators")
@Tag(name = "Indicators", description = "The region's indicator catalogue (indikatorer): what units report each year,"
        + " how it is answered and counted, and the decision it rests on")
class IndicatorCommandController {

    private final LedgerCommands commands;

    IndicatorCommandController(LedgerCommands commands) {
        this.commands = commands;
    }

    record DefinitionRequest(String wording, IndicatorKind kind, String unit, String decisionReference,
                             List<String> levels, Threshold threshold, String note, String changeNote, String reason,
                             String documentRef) implements Justified {

        IndicatorDefinition definition() {
            return new IndicatorDefinition(wording, kind, unit, decisionReference, levels, threshold, note);
        }
    }

    @PostMapping
    @Operation(summary = "Define an indicator; it becomes version 1",
            description = "{wording, kind: BOOLEAN_SHARE | SCALE_1_5 | COUNT | NUMBER, unit, decisionReference?,"
                    + " levels? (SCALE_1_5: exactly five texts, level 1 first; the sources give none, so they are the"
                    + " region's own), threshold? {value, comparison: AT_OR_ABOVE | ABOVE} (not for BOOLEAN_SHARE),"
                    + " note?}. Answers 201 with the indicator's id and ETag \"0\".")
    ResponseEntity<CommandAccepted> define(@RequestBody DefinitionRequest request) {
        IndicatorId id = IndicatorId.generate();
        commands.send(new DefineIndicator(id, request.definition()), request.why());
        return CommandAccepted.created("/api/indicators/" + id, id.value(), 0);
    }

    @PostMapping("/{indicatorId}/revise")
    @Operation(summary = "Add the next version of an indicator, with a change note",
            description = "The same body as the definition plus changeNote; the kind stays (INDICATOR_KIND_CHANGED)."
                    + " Periods keep the version they were opened with. Send If-Match with the version you read.")
    ResponseEntity<CommandAccepted> revise(@PathVariable String indicatorId,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @RequestBody DefinitionRequest request) {
        long version = commands.send(new ReviseIndicator(IndicatorId.of(indicatorId), request.definition(),
                request.changeNote(), Versions.fromIfMatch(ifMatch)), request.why());
        return CommandAccepted.changed(indicatorId, version);
    }
}
