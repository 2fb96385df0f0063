package org.innovationledger.command.process;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.command.infra.CommandAccepted;
import org.innovationledger.command.infra.LedgerCommands;
import org.innovationledger.command.infra.Versions;
import org.innovationledger.command.process.DefinitionBody.Gate;
import org.innovationledger.command.process.DefinitionBody.Phase;
import org.innovationledger.kernel.common.Justification;
import org.innovationledger.kernel.process.CaseType;
import org.innovationledger.kernel.process.DefineProcessModel;
import org.innovationledger.kernel.process.ProcessModelDefinition;
import org.innovationledger.kernel.process.ProcessModelId;
import org.innovationledger.kernel.process.ReviseProcessModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

@RestController
@RequestMapping("/api/process-models")
@Tag(name = "Process models",
        description = "Phases, gates and the outcomes each gate allows; built-in and the tenant's own")
class ProcessModelCommandController {

    private final LedgerCommands commands;

    ProcessModelCommandController(LedgerCommands commands) {
        this.commands = commands;
    }

    record DefineRequest(String name, String source, List<Phase> phases, List<Gate> gates, String startPhase,
                         Set<CaseType> excludedCaseTypes, boolean partnership, String reason, String documentRef) {

        ProcessModelDefinition definition() {
            return DefinitionBody.definition(name, source, phases, gates, startPhase, excludedCaseTypes,
                    partnership);
        }
    }

    record ReviseRequest(String name, String source, List<Phase> phases, List<Gate> gates, String startPhase,
                         Set<CaseType> excludedCaseTypes, boolean partnership, String changeNote, String reason,
                         String documentRef) {

        ProcessModelDefinition definition() {
            return DefinitionBody.definition(name, source, phases, gates, startPhase, excludedCaseTypes,
                    partnership);
        }
    }

    @PostMapping
    @Operation(summary = "Define one of the tenant's own process models",
            description = "Its definition becomes version 1. Answers 201 with the new model's id and ETag \"0\".")
    ResponseEntity<CommandAccepted> define(@RequestBody DefineRequest request) {
        Justification why = new Justification(request.reason(), request.documentRef());
        ProcessModelId modelId = ProcessModelId.generate();
        commands.send(new DefineProcessModel(modelId, request.definition()), why);
        return CommandAccepted.created("/api/process-models/" + modelId, modelId.value(), 0);
    }

    @PostMapping("/{modelId}/revise")
    @Operation(summary = "Add the next version of a model",
            description = "Initiatives keep the version they run under. Send If-Match with the version you read.")
    ResponseEntity<CommandAccepted> revise(@PathVariable String modelId,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @RequestBody ReviseRequest request) {
        Justification why = new Justification(request.reason(), request.documentRef());
        long version = commands.send(new ReviseProcessModel(ProcessModelId.of(modelId), request.definition(),
                request.changeNote(), Versions.fromIfMatch(ifMatch)), why);
        return CommandAccepted.changed(modelId, version);
    }
}
