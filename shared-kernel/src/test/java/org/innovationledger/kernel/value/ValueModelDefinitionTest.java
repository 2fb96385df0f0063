package org.innovationledger.kernel.value;

import org.innovationledger.kernel.common.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueModelDefinitionTest {

    private static final ValueItem SAVING = new ValueItem("v1", "Färre inläggningar", Beneficiary.CARE_UNIT,
            ValuePerspective.BUDGET, true, ValueHorizon.NOW, Money.of("100000", "SEK"), null, null);
    private static final DistributionRule SIXTY_FORTY = new DistributionRule(List.of(
            new PartyShare("region", new BigDecimal("60")), new PartyShare("företagspartner", new BigDecimal("40"))),
            null);

    @Test
    void sharesMustAddUpToAHundredAndNameEachRoleOnce() {
        assertThatThrownBy(() -> new DistributionRule(List.of(new PartyShare("region", new BigDecimal("60")),
                new PartyShare("företag", new BigDecimal("30"))), null)).hasMessageContaining("add up to 100");
        assertThatThrownBy(() -> new DistributionRule(List.of(new PartyShare("region", new BigDecimal("50")),
                new PartyShare("Region", new BigDecimal("50"))), null)).hasMessageContaining("two shares");
        assertThatThrownBy(() -> new PartyShare("region", new BigDecimal("101"))).hasMessageContaining("between 0 and 100");
        assertThat(SIXTY_FORTY.percentFor("Region")).contains(new BigDecimal("60"));
        assertThat(SIXTY_FORTY.percentFor("kommun")).isEmpty();
    }

    @Test
    void aShareIsComputedToTheOreHalfUp() {
        assertThat(DistributionRule.shareOf(Money.of("1000.01", "SEK"), new BigDecimal("60")))
                .isEqualTo(Money.of("600.01", "SEK"));
        assertThat(DistributionRule.shareOf(Money.of("0.05", "SEK"), new BigDecimal("50")))
                .isEqualTo(Money.of("0.03", "SEK"));
    }

    @Test
    void itemsAndIndicatorsAreUniqueAndIndicatorsReferToKnownItems() {
        ValueIndicator admissions = new ValueIndicator("i1", "Inläggningar", "antal", null, BigDecimal.TEN,
                "kvartal", "PAS", "v1");
        assertThat(new ValueModelDefinition("M", null, List.of(SAVING), List.of(admissions), SIXTY_FORTY)
                .indicator("i1")).contains(admissions);
        assertThatThrownBy(() -> new ValueModelDefinition("M", null, List.of(SAVING, SAVING), List.of(), SIXTY_FORTY))
                .hasMessageContaining("used twice");
        assertThatThrownBy(() -> new ValueModelDefinition("M", null, List.of(SAVING),
                List.of(new ValueIndicator("i1", "X", "st", null, BigDecimal.ONE, "p", "s", "v9")), SIXTY_FORTY))
                .hasMessageContaining("unknown value item v9");
        assertThatThrownBy(() -> new ValueModelDefinition("M", null, List.of(), List.of(), SIXTY_FORTY))
                .hasMessageContaining("at least one value item");
        ValueItem inDanishCrowns = new ValueItem("v2", "Besparelse", Beneficiary.REGION, ValuePerspective.BUDGET,
                true, ValueHorizon.NOW, Money.of("5", "DKK"), null, null);
        assertThatThrownBy(() -> new ValueModelDefinition("M", null, List.of(SAVING, inDanishCrowns), List.of(),
                SIXTY_FORTY)).hasMessageContaining("one currency");
    }

    @Test
    void missingRequiredValuesAreInvalidInput() {
        assertThatThrownBy(() -> new ValueItem("v1", "x", null, ValuePerspective.BUDGET, true, ValueHorizon.NOW,
                null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ValueIndicator("i1", "x", "st", null, null, "p", "s", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
