package org.innovationledger.command.value;

import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.value.Beneficiary;
import org.innovationledger.kernel.value.DistributionRule;
import org.innovationledger.kernel.value.PartyShare;
import org.innovationledger.kernel.value.ValueHorizon;
import org.innovationledger.kernel.value.ValueIndicator;
import org.innovationledger.kernel.value.ValueItem;
import org.innovationledger.kernel.value.ValueModelDefinition;
import org.innovationledger.kernel.value.ValuePerspective;

import java.math.BigDecimal;
import java.util.List;

/**
 * Value models for the tests: digital home monitoring of elderly multimorbid patients, value arising in the care
 * unit (fewer acute admissions, budget crowns) and for the company (a reference customer, market crowns). The
 * amounts and shares are test data: the sources give no figures for value models.
 */
public final class ValueModels {

    public static final InitiativeId TILLSYN = InitiativeId.of("ini-digital-tillsyn");

    private ValueModels() {
    }

    public static ValueModelDefinition first() {
        return new ValueModelDefinition("Värdemodell digital tillsyn", TILLSYN,
                List.of(new ValueItem("v1", "Färre akuta inläggningar", Beneficiary.CARE_UNIT, ValuePerspective.BUDGET,
                                true, ValueHorizon.NOW, Money.of("1200000", "SEK"), "Geriatriska kliniken",
                                "Akutmottagningen"),
                        new ValueItem("v2", "Referenskund för företaget", Beneficiary.COMPANY, ValuePerspective.MARKET,
                                false, ValueHorizon.FUTURE, null, null, null)),
                List.of(new ValueIndicator("i1", "Akuta inläggningar per 100 patienter och år", "antal",
                        null, new BigDecimal("30"), "vid varje uppföljning", "Patientadministrativt system", "v1")),
                new DistributionRule(List.of(new PartyShare("region", new BigDecimal("60")),
                        new PartyShare("företagspartner", new BigDecimal("40"))),
                        "Hälften av realiserad besparing över baslinjen delas enligt andelarna"));
    }

    /** Version 2: a second indicator, and the shares moved to 50/50. */
    public static ValueModelDefinition second() {
        ValueModelDefinition first = first();
        return new ValueModelDefinition(first.name(), first.initiativeId(), first.items(),
                List.of(first.indicators().get(0), new ValueIndicator("i2", "Vårddagar per patient", "dagar",
                        new BigDecimal("6.5"), new BigDecimal("5.0"), "efter sex månader", "Kostnad per patient", "v1")),
                new DistributionRule(List.of(new PartyShare("region", new BigDecimal("50")),
                        new PartyShare("företagspartner", new BigDecimal("50"))), first.distributionRule().paymentRule()));
    }
}
