package org.innovationledger.query.indicator;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.indicator.IndicatorDefinition;
import org.innovationledger.kernel.indicator.IndicatorId;
import org.innovationledger.kernel.indicator.IndicatorValue;
import org.innovationledger.kernel.indicator.ReportingPeriodId;
import org.innovationledger.kernel.indicator.ReportingPeriodStatus;
import org.innovationledger.kernel.indicator.ReportingPeriodSummary;
import org.innovationledger.kernel.indicator.ReportingPeriodView;
import org.innovationledger.kernel.indicator.ResponseStatus;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Read model of one reporting period with every unit of its population, in the population's order. Values are kept
 * as an answer or as exact decimal text ({@code "2.6"}), dates as ISO text. {@code version} is the period's aggregate
 * sequence number of the last event applied: the projection applies an event only to a document below it.
 * {@code openedAt} is the position of the opening.
 */
@Document(ReportingPeriodDocument.COLLECTION)
record ReportingPeriodDocument(@Id String id,
                               @Indexed String tenant,
                               String indicatorId,
                               int indicatorVersion,
                               IndicatorDefinition definition,
                               int year,
                               String opensOn,
                               String dueOn,
                               String closedOn,
                               List<UnitEntry> units,
                               long openedAt,
                               long version,
                               long position) {

    static final String COLLECTION = "indicator_periods";

    /**
     * One unit of the population. {@code answer}/{@code number} is the value that counts (the latest correction),
     * {@code submittedAnswer}/{@code submittedNumber} the value as submitted; all null until it reports.
     */
    record UnitEntry(String unitId,
                     Boolean answer,
                     String number,
                     Boolean submittedAnswer,
                     String submittedNumber,
                     String submittedOn,
                     boolean late,
                     String comment,
                     List<CorrectionEntry> corrections,
                     String nonResponseReason,
                     String nonResponseOn) {

        static UnitEntry missing(String unitId) {
            return new UnitEntry(unitId, null, null, null, null, null, false, null, List.of(), null, null);
        }

        ResponseStatus status() {
            if (submittedOn != null) {
                return ResponseStatus.SUBMITTED;
            }
            return nonResponseOn != null ? ResponseStatus.NON_RESPONSE : ResponseStatus.MISSING;
        }

        /** The value that counts; null unless submitted. */
        IndicatorValue counted() {
            return valueOf(answer, number);
        }

        List<CorrectionEntry> correctionsMade() {
            return corrections == null ? List.of() : corrections;
        }

        UnitEntry submitted(IndicatorValue value, LocalDate on, boolean isLate, String text) {
            return new UnitEntry(unitId, value.answer(), text(value), value.answer(), text(value), on.toString(),
                    isLate, text, correctionsMade(), nonResponseReason, nonResponseOn);
        }

        UnitEntry corrected(CorrectionEntry correction) {
            List<CorrectionEntry> all = new ArrayList<>(correctionsMade());
            all.add(correction);
            return new UnitEntry(unitId, correction.answer(), correction.number(), submittedAnswer, submittedNumber,
                    submittedOn, late, comment, all, nonResponseReason, nonResponseOn);
        }

        UnitEntry notResponding(String reason, LocalDate on) {
            return new UnitEntry(unitId, answer, number, submittedAnswer, submittedNumber, submittedOn, late, comment,
                    correctionsMade(), reason, on.toString());
        }

        ReportingPeriodView.UnitResponse toView() {
            return new ReportingPeriodView.UnitResponse(OrganisationUnitId.of(unitId), status(), counted(),
                    valueOf(submittedAnswer, submittedNumber), date(submittedOn), late, comment,
                    correctionsMade().stream().map(CorrectionEntry::toView).toList(), nonResponseReason,
                    date(nonResponseOn));
        }
    }

    /** A correction: the value before and after; {@code comment} may be null. */
    record CorrectionEntry(Boolean previousAnswer,
                           String previousNumber,
                           Boolean answer,
                           String number,
                           String correctedOn,
                           String comment) {

        static CorrectionEntry of(IndicatorValue previous, IndicatorValue corrected, LocalDate on, String comment) {
            return new CorrectionEntry(previous.answer(), text(previous), corrected.answer(), text(corrected),
                    on.toString(), comment);
        }

        ReportingPeriodView.Correction toView() {
            return new ReportingPeriodView.Correction(valueOf(previousAnswer, previousNumber), valueOf(answer, number),
                    LocalDate.parse(correctedOn), comment);
        }
    }

    static String text(IndicatorValue value) {
        return value.number() == null ? null : value.number().toPlainString();
    }

    static IndicatorValue valueOf(Boolean answer, String number) {
        if (answer != null) {
            return IndicatorValue.of(answer);
        }
        return number == null ? null : IndicatorValue.of(new BigDecimal(number));
    }

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    ReportingPeriodStatus status() {
        return closedOn == null ? ReportingPeriodStatus.OPEN : ReportingPeriodStatus.CLOSED;
    }

    List<UnitEntry> entries() {
        return units == null ? List.of() : units;
    }

    /** The period with one unit changed; unchanged when the population has no such unit. */
    ReportingPeriodDocument withUnit(String unitId, UnaryOperator<UnitEntry> change) {
        List<UnitEntry> all = entries().stream()
                .map(unit -> unit.unitId().equals(unitId) ? change.apply(unit) : unit)
                .toList();
        return new ReportingPeriodDocument(id, tenant, indicatorId, indicatorVersion, definition, year, opensOn, dueOn,
                closedOn, all, openedAt, version, position);
    }

    ReportingPeriodDocument closed(LocalDate on) {
        return new ReportingPeriodDocument(id, tenant, indicatorId, indicatorVersion, definition, year, opensOn, dueOn,
                on.toString(), units, openedAt, version, position);
    }

    ReportingPeriodDocument at(long newVersion, long newPosition) {
        return new ReportingPeriodDocument(id, tenant, indicatorId, indicatorVersion, definition, year, opensOn, dueOn,
                closedOn, units, openedAt, newVersion, newPosition);
    }

    private long count(ResponseStatus status) {
        return entries().stream().filter(unit -> unit.status() == status).count();
    }

    ReportingPeriodView toView() {
        return new ReportingPeriodView(ReportingPeriodId.of(id), TenantId.of(tenant), IndicatorId.of(indicatorId),
                indicatorVersion, definition, year, LocalDate.parse(opensOn), LocalDate.parse(dueOn), status(),
                date(closedOn), entries().stream().map(UnitEntry::toView).toList(), version, position);
    }

    ReportingPeriodSummary toSummary() {
        return new ReportingPeriodSummary(ReportingPeriodId.of(id), TenantId.of(tenant), IndicatorId.of(indicatorId),
                indicatorVersion, definition.wording(), definition.kind(), year, LocalDate.parse(opensOn),
                LocalDate.parse(dueOn), status(), date(closedOn), entries().size(),
                (int) count(ResponseStatus.SUBMITTED), (int) count(ResponseStatus.NON_RESPONSE),
                (int) count(ResponseStatus.MISSING), version, position);
    }
}
