package org.innovationledger.command.agreement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.command.infra.CommandAccepted;
import org.innovationledger.command.infra.Justified;
import org.innovationledger.command.infra.LedgerCommands;
import org.innovationledger.kernel.agreement.*;
import org.innovationledger.kernel.common.Justification;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.value.ValueModelRef;
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

@RestController
@RequestMapping("/api/agreements")
@Tag(name = "Agreements", description = "Partner, collaboration, non-disclosure, testbed, innovation-partnership"
        + " procurement and value-based payment agreements: drafted, signed, amended, decided on, ended")
class AgreementCommandController {

    private static final String IF_MATCH = HttpHeaders.IF_MATCH;
    private final LedgerCommands commands;

    AgreementCommandController(LedgerCommands commands) {
        this.commands = commands;
    }

    /** The draft's content as a request carries it, flat. */
    record ContentRequest(String initiativeId, String title, AgreementType type, List<AgreementParty> parties,
                          ValueModelRef valueModel, AgreementTerms terms, List<FollowUpDate> followUps,
                          List<Milestone> milestones, LocalDate validFrom, LocalDate validUntil,
                          String expectedResults, String reason, String documentRef) implements Justified {

        AgreementContent content() {
            return new AgreementContent(title, type, parties, valueModel, terms, followUps, milestones, validFrom,
                    validUntil, expectedResults);
        }
    }

    @PostMapping
    @Operation(summary = "Draft an agreement, optionally for an initiative",
            description = "Parties: each {unitId or partnerId, role}; at least two, one of the region's own units"
                    + " among them. Follow-up dates and milestones lie within the validity. Answers 201 with the"
                    + " agreement's id and ETag \"0\".")
    ResponseEntity<CommandAccepted> draft(@RequestBody ContentRequest r) {
        Justification why = r.why();
        InitiativeId initiative = r.initiativeId() == null ? null : InitiativeId.of(r.initiativeId());
        String id = commands.send(new DraftAgreement(initiative, r.content()), why);
        return CommandAccepted.created("/api/agreements/" + id, id, 0);
    }

    @PostMapping("/{id}/draft-revisions")
    @Operation(summary = "Replace the draft's content before anyone signed it",
            description = "Everything but the initiative; refused once a party signed (AGREEMENT_DRAFT_LOCKED).")
    ResponseEntity<CommandAccepted> revise(@PathVariable String id,
                                           @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                           @RequestBody ContentRequest r) {
        if (r.initiativeId() != null) {
            throw new IllegalArgumentException("the initiative of an agreement is set when it is drafted and"
                    + " cannot be revised");
        }
        return commands.change(id, r, v -> new ReviseAgreementDraft(AgreementId.of(id), r.content(), v), ifMatch);
    }

    record SignatureRequest(String party, String signatory, LocalDate signedOn, String reason, String documentRef)
            implements Justified {
    }

    @PostMapping("/{id}/signatures")
    @Operation(summary = "Record a party's signature; the last one puts the agreement in force",
            description = "party: the party's unit or partner id.")
    ResponseEntity<CommandAccepted> sign(@PathVariable String id,
                                         @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                         @RequestBody SignatureRequest r) {
        return commands.change(id, r, v -> new SignAgreement(AgreementId.of(id), r.party(), r.signatory(), r.signedOn(), v),
                ifMatch);
    }

    record AmendmentRequest(String amendmentId, String summary, AgreementTerms terms, List<FollowUpDate> followUps,
                            List<Milestone> milestones, ValueModelRef valueModel, LocalDate validUntil,
                            String expectedResults, String reason, String documentRef) implements Justified {
    }

    @PostMapping("/{id}/amendments")
    @Operation(summary = "Amend an agreement in force",
            description = "Signed on paper by all parties: documentRef names the signed amendment. Given fields"
                    + " replace the agreement's, absent ones stay.")
    ResponseEntity<CommandAccepted> amend(@PathVariable String id,
                                          @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          @RequestBody AmendmentRequest r) {
        return commands.change(id, r, v -> new AmendAgreement(AgreementId.of(id), r.amendmentId(), r.summary(), r.terms(),
                r.followUps(), r.milestones(), r.valueModel(), r.validUntil(), r.expectedResults(), v), ifMatch);
    }

    record DecisionPointRequest(String milestoneId, List<PartyAgreementPosition> positions, LocalDate decidedOn,
                                String rationale, String reason, String documentRef) implements Justified {
    }

    @PostMapping("/{id}/decision-points")
    @Operation(summary = "Record the parties' decision at a milestone: CONTINUE, RE_EVALUATE or END per party",
            description = "Every party's position; one END terminates the agreement (either side may end).")
    ResponseEntity<CommandAccepted> decide(@PathVariable String id,
                                           @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                           @RequestBody DecisionPointRequest r) {
        return commands.change(id, r, v -> new RecordAgreementDecisionPoint(AgreementId.of(id), r.milestoneId(),
                r.positions(), r.decidedOn(), r.rationale(), v), ifMatch);
    }

    record TerminationRequest(List<String> endedBy, String reason, LocalDate terminatedOn, String documentRef)
            implements Justified {
    }

    @PostMapping("/{id}/termination")
    @Operation(summary = "End an agreement in force before its validity runs out",
            description = "reason says why (also the change's reason); endedBy names the parties ending it, if stated.")
    ResponseEntity<CommandAccepted> terminate(@PathVariable String id,
                                              @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                              @RequestBody TerminationRequest r) {
        return commands.change(id, r, v -> new TerminateAgreement(AgreementId.of(id), r.endedBy(), r.reason(),
                r.terminatedOn(), v), ifMatch);
    }

    record ExpiryRequest(String reason, String documentRef) implements Justified {
    }

    @PostMapping("/{id}/expiry")
    @Operation(summary = "Record that an agreement in force ran out", description = "Once its validUntil has passed.")
    ResponseEntity<CommandAccepted> expire(@PathVariable String id,
                                           @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                           @RequestBody ExpiryRequest r) {
        return commands.change(id, r, v -> new RecordAgreementExpiry(AgreementId.of(id), v), ifMatch);
    }

    record WithdrawalRequest(LocalDate withdrawnOn, String reason, String documentRef) implements Justified {
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Withdraw a draft that never came into force (the negotiation ended without agreement)",
            description = "Signed by some parties or none; an agreement in force is terminated instead.")
    ResponseEntity<CommandAccepted> withdraw(@PathVariable String id,
                                             @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                             @RequestBody WithdrawalRequest r) {
        return commands.change(id, r, v -> new WithdrawAgreementDraft(AgreementId.of(id), r.withdrawnOn(), v), ifMatch);
    }
}
