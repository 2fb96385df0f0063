package org.innovationledger.command.realisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.command.infra.CommandAccepted;
import org.innovationledger.command.infra.Justified;
import org.innovationledger.command.infra.LedgerCommands;
import org.innovationledger.command.infra.Versions;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.realisation.Allocation;
import org.innovationledger.kernel.realisation.CorrectMeasurement;
import org.innovationledger.kernel.realisation.DistributeValue;
import org.innovationledger.kernel.realisation.RecordBaseline;
import org.innovationledger.kernel.realisation.RecordMeasurement;
import org.innovationledger.kernel.realisation.RecordRealisedValue;
import org.innovationledger.kernel.realisation.TransferValueBetweenBudgets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Value realisation under an agreement. Each answer names the recorded fact's id; its ETag is the version of the
 * agreement's value realisation (not of the agreement itself), to send as If-Match on the next of these calls.
 */
@RestController
@RequestMapping("/api/agreements/{agreementId}")
@Tag(name = "Value realisation", description = "Värdehemtagning: baselines, measurements, realised value,"
        + " distribution by the value model's rule, transfers between budgets")
class ValueRealisationCommandController {

    private static final String IF_MATCH = HttpHeaders.IF_MATCH;
    private final LedgerCommands commands;

    ValueRealisationCommandController(LedgerCommands commands) {
        this.commands = commands;
    }

    record BaselineRequest(String indicatorId, BigDecimal value, LocalDate measuredOn, String source, String reason,
                           String documentRef) implements Justified {
    }

    @PostMapping("/baselines")
    @Operation(summary = "Record the baseline of one of the value model's indicators (once; correct it after)")
    ResponseEntity<CommandAccepted> baseline(@PathVariable String agreementId, @RequestHeader(value = IF_MATCH,
            required = false) String ifMatch, @RequestBody BaselineRequest r) {
        return recorded(agreementId, "measurements", "m", id -> new RecordBaseline(AgreementId.of(agreementId), id,
                r.indicatorId(), r.value(), r.measuredOn(), r.source(), Versions.fromIfMatch(ifMatch)), r);
    }

    record MeasurementRequest(String indicatorId, BigDecimal value, LocalDate measuredOn, String followUpId,
                              String source, String reason, String documentRef) implements Justified {
    }

    @PostMapping("/measurements")
    @Operation(summary = "Record a measurement of an indicator, at an agreed follow-up or between them")
    ResponseEntity<CommandAccepted> measurement(@PathVariable String agreementId, @RequestHeader(value = IF_MATCH,
            required = false) String ifMatch, @RequestBody MeasurementRequest r) {
        return recorded(agreementId, "measurements", "m", id -> new RecordMeasurement(AgreementId.of(agreementId), id,
                r.indicatorId(), r.value(), r.measuredOn(), r.followUpId(), r.source(), Versions.fromIfMatch(ifMatch)),
                r);
    }

    record CorrectionRequest(BigDecimal correctedValue, String reason, String documentRef) implements Justified {
    }

    @PostMapping("/measurements/{measurementId}/correction")
    @Operation(summary = "Correct a baseline or measurement; the wrong value stays on record")
    ResponseEntity<CommandAccepted> correct(@PathVariable String agreementId, @PathVariable String measurementId,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            @RequestBody CorrectionRequest r) {
        long version = commands.send(new CorrectMeasurement(AgreementId.of(agreementId), measurementId,
                r.correctedValue(), Versions.fromIfMatch(ifMatch)), r.why());
        return CommandAccepted.changed(measurementId, version);
    }

    record RealisedValueRequest(String followUpId, String valueItemId, Money amount, String evidence, String reason,
                                String documentRef) implements Justified {
    }

    @PostMapping("/realised-values")
    @Operation(summary = "Record value realised for a value item at an agreed follow-up",
            description = "A realisable item needs an amount (in the model's currency); an ideal one may go without.")
    ResponseEntity<CommandAccepted> realised(@PathVariable String agreementId, @RequestHeader(value = IF_MATCH,
            required = false) String ifMatch, @RequestBody RealisedValueRequest r) {
        return recorded(agreementId, "realised-values", "r", id -> new RecordRealisedValue(AgreementId.of(agreementId),
                id, r.followUpId(), r.valueItemId(), r.amount(), r.evidence(), Versions.fromIfMatch(ifMatch)), r);
    }

    record DistributionRequest(Money total, List<Allocation> allocations, String reason, String documentRef)
            implements Justified {
    }

    @PostMapping("/distributions")
    @Operation(summary = "Distribute realised value between the parties",
            description = "Each party gets its role's share of the total by the rule of the value model version the"
                    + " agreement references, to the öre; otherwise 409 ALLOCATION_NOT_BY_RULE.")
    ResponseEntity<CommandAccepted> distribute(@PathVariable String agreementId, @RequestHeader(value = IF_MATCH,
            required = false) String ifMatch, @RequestBody DistributionRequest r) {
        return recorded(agreementId, "distributions", "d", id -> new DistributeValue(AgreementId.of(agreementId), id,
                r.total(), r.allocations(), Versions.fromIfMatch(ifMatch)), r);
    }

    record TransferRequest(String fromUnitId, String toUnitId, Money amount, String reason, String documentRef)
            implements Justified {
    }

    @PostMapping("/budget-transfers")
    @Operation(summary = "Move realised value from the budget where it arose to another unit's")
    ResponseEntity<CommandAccepted> transfer(@PathVariable String agreementId, @RequestHeader(value = IF_MATCH,
            required = false) String ifMatch, @RequestBody TransferRequest r) {
        return recorded(agreementId, "budget-transfers", "t", id -> new TransferValueBetweenBudgets(
                AgreementId.of(agreementId), id, unit(r.fromUnitId()), unit(r.toUnitId()), r.amount(),
                Versions.fromIfMatch(ifMatch)), r);
    }

    private ResponseEntity<CommandAccepted> recorded(String agreementId, String collection, String prefix,
                                                     Function<String, Object> command, Justified why) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        long version = commands.send(command.apply(id), why.why());
        return CommandAccepted.created("/api/agreements/" + agreementId + "/" + collection + "/" + id, id, version);
    }

    private static OrganisationUnitId unit(String id) {
        return id == null ? null : OrganisationUnitId.of(id);
    }
}
