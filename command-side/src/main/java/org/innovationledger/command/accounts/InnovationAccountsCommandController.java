package org.innovationledger.command.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.command.infra.CommandAccepted;
import org.innovationledger.command.infra.Justified;
import org.innovationledger.command.infra.LedgerCommands;
import org.innovationledger.kernel.accounts.InnovationAccountsEditionId;
import org.innovationledger.kernel.accounts.NarrativeText;
import org.innovationledger.kernel.accounts.PublishInnovationAccountsEdition;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/innovation-accounts")
@Tag(name = "Innovation accounts", description = "Published editions of the yearly innovation accounts"
        + " (innovationsbokslut): the figures of the events up to a position, with their narrative texts frozen")
class InnovationAccountsCommandController {

    private final LedgerCommands commands;

    InnovationAccountsCommandController(LedgerCommands commands) {
        this.commands = commands;
    }

    record PublishRequest(Integer year, String title, String language, List<NarrativeText> narrative, Long position,
                          String reason, String documentRef) implements Justified {
    }

    @PostMapping("/editions")
    @Operation(summary = "Publish an edition of a year's innovation accounts",
            description = "{year, title? (\"Innovationsbokslut <year>\" when absent), language? (sv, en or da; sv"
                    + " when absent), narrative?: [{section, text}] (at most one text per section), position?}. The"
                    + " edition's figures are those of the events up to and including the global event position"
                    + " (the ledger's newest event when absent), so regenerating the edition later gives the"
                    + " identical document whatever happened since; a correction is a newer edition, which"
                    + " supersedes it. Refused for a year that has not begun (ACCOUNTS_YEAR_NOT_STARTED), an empty"
                    + " ledger (LEDGER_EMPTY) and a position beyond the newest event (POSITION_AHEAD_OF_LEDGER)."
                    + " Answers 201 with the edition's id and ETag \"0\".")
    ResponseEntity<CommandAccepted> publish(@RequestBody PublishRequest r) {
        InnovationAccountsEditionId id = InnovationAccountsEditionId.generate();
        commands.send(new PublishInnovationAccountsEdition(id, r.year(), r.title(), r.language(), r.narrative(),
                r.position()), r.why());
        return CommandAccepted.created("/api/innovation-accounts/editions/" + id, id.value(), 0);
    }
}
