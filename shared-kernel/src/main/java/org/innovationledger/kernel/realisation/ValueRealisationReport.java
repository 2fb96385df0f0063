package org.innovationledger.kernel.realisation;

import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.value.Beneficiary;
import org.innovationledger.kernel.value.ValueModelId;
import org.innovationledger.kernel.value.ValuePerspective;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Expected against realised value, for the portfolio, an initiative or an agreement. Expected values are those of
 * the newest version of each value model in scope (a model's initiative, or the models an agreement's value was
 * realised under); realised, distributed and transferred values are the sums of their events, so every total
 * reconciles with the event stream. Amounts are per currency; a currency is never converted.
 *
 * @param byDimension      expected and realised per beneficiary and perspective
 * @param items            each value item of the models in scope, with what was realised for it
 * @param expected         totals per currency
 * @param distributedTo    what each party was allocated in total
 * @param indicators       each indicator measured, with its baseline and latest value (after corrections)
 * @param position         global event position this report reflects
 */
public record ValueRealisationReport(TenantId tenant,
                                     InitiativeId initiativeId,
                                     AgreementId agreementId,
                                     List<DimensionLine> byDimension,
                                     List<ItemLine> items,
                                     List<Money> expected,
                                     List<Money> realised,
                                     List<Money> distributed,
                                     List<Money> transferred,
                                     int realisations,
                                     int idealRealisations,
                                     List<PartyLine> distributedTo,
                                     List<IndicatorLine> indicators,
                                     long position) {

    /** @param realisedCount value realised for this dimension, with or without a sum */
    public record DimensionLine(Beneficiary beneficiary, ValuePerspective perspective, List<Money> expected,
                                List<Money> realised, int realisedCount) {
    }

    public record ItemLine(ValueModelId valueModelId, int version, String itemId, String description,
                           Beneficiary beneficiary, ValuePerspective perspective, boolean realisable, Money expected,
                           List<Money> realised, int realisedCount) {
    }

    public record PartyLine(String partyId, String partyRole, Money amount) {
    }

    /** @param latest null until measured after the baseline */
    public record IndicatorLine(AgreementId agreementId, String indicatorId, BigDecimal baseline, BigDecimal latest,
                                LocalDate latestOn, int measurements, int corrections) {
    }
}
