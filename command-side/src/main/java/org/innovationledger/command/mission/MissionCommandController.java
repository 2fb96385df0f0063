package org.innovationledger.command.mission;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.command.infra.CommandAccepted;
import org.innovationledger.command.infra.LedgerCommands;
import org.innovationledger.command.infra.Versions;
import org.innovationledger.kernel.common.Justification;
import org.innovationledger.kernel.mission.DefineMission;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.mission.PrioritiseProgrammeAreas;
import org.innovationledger.kernel.mission.RenameMission;
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
@RequestMapping("/api/missions")
@Tag(name = "Missions", description = "Innovation missions: shared directions with prioritised programme areas")
class MissionCommandController {

    private final LedgerCommands commands;

    MissionCommandController(LedgerCommands commands) {
        this.commands = commands;
    }

    record DefineRequest(String title, String ambition, String challenge, String reason, String documentRef) {
    }

    record RenameRequest(String newTitle, String reason, String documentRef) {
    }

    record ProgrammeAreasRequest(List<String> programmeAreas, String reason, String documentRef) {
    }

    @PostMapping
    @Operation(summary = "Define a mission", description = "Answers 201 with the new mission's id and ETag \"0\".")
    ResponseEntity<CommandAccepted> define(@RequestBody DefineRequest request) {
        Justification why = new Justification(request.reason(), request.documentRef());
        MissionId missionId = MissionId.generate();
        commands.send(new DefineMission(missionId, request.title(), request.ambition(), request.challenge()), why);
        return CommandAccepted.created("/api/missions/" + missionId, missionId.value(), 0);
    }

    @PostMapping("/{missionId}/rename")
    @Operation(summary = "Give a mission a new title; the former titles stay on record")
    ResponseEntity<CommandAccepted> rename(@PathVariable String missionId,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @RequestBody RenameRequest request) {
        Justification why = new Justification(request.reason(), request.documentRef());
        long version = commands.send(new RenameMission(MissionId.of(missionId), request.newTitle(),
                Versions.fromIfMatch(ifMatch)), why);
        return CommandAccepted.changed(missionId, version);
    }

    @PostMapping("/{missionId}/programme-areas")
    @Operation(summary = "Set the mission's prioritised programme areas, in order of priority",
            description = "Replaces the whole list; an area listed twice is refused.")
    ResponseEntity<CommandAccepted> prioritiseProgrammeAreas(@PathVariable String missionId,
                                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                             @RequestBody ProgrammeAreasRequest request) {
        Justification why = new Justification(request.reason(), request.documentRef());
        long version = commands.send(new PrioritiseProgrammeAreas(MissionId.of(missionId), request.programmeAreas(),
                Versions.fromIfMatch(ifMatch)), why);
        return CommandAccepted.changed(missionId, version);
    }
}
