package org.innovationledger.kernel.indicator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The indicator contract refuses malformed input on construction and keeps values exact in JSON. */
class IndicatorContractTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final List<String> LEVELS = List.of("1", "2", "3", "4", "5");
    private static final IndicatorId INDICATOR = IndicatorId.of("indicator-mognad");
    private static final ReportingPeriodId PERIOD = ReportingPeriodId.of("period-1");
    private static final OrganisationUnitId UNIT = OrganisationUnitId.of("unit-1");
    private static final LocalDate DAY = LocalDate.of(2022, 1, 31);

    private record Holder(IndicatorValue value) {
    }

    @Test
    void aValueIsTheBareJsonBooleanOrNumberReadExactly() throws Exception {
        assertThat(JSON.writeValueAsString(new Holder(IndicatorValue.of(true)))).isEqualTo("{\"value\":true}");
        assertThat(JSON.writeValueAsString(new Holder(IndicatorValue.of("2.60")))).isEqualTo("{\"value\":2.6}");
        assertThat(JSON.writeValueAsString(new Holder(IndicatorValue.of("30")))).as("never 3E+1")
                .isEqualTo("{\"value\":30}");
        assertThat(JSON.readValue("{\"value\":false}", Holder.class).value()).isEqualTo(IndicatorValue.of(false));
        assertThat(JSON.readValue("{\"value\":2.6}", Holder.class).value().number()).hasToString("2.6");
        assertThat(JSON.readValue("{\"value\":3.0}", Holder.class).value()).isEqualTo(IndicatorValue.of("3"));
        assertThat(JSON.readValue("{\"value\":0.123456}", Holder.class).value().number()).hasToString("0.123456");
        assertThat(JSON.readValue("{\"value\":null}", Holder.class).value()).isNull();
        for (String refused : List.of("{\"value\":\"2.5\"}", "{\"value\":[1]}", "{\"value\":{}}",
                "{\"value\":0.1234567}", "{\"value\":1e400}", "{\"value\":1234567890123456}")) {
            assertThatThrownBy(() -> JSON.readValue(refused, Holder.class)).as(refused)
                    .isInstanceOf(ValueInstantiationException.class)
                    .hasRootCauseInstanceOf(IllegalArgumentException.class);
        }
        assertThatIllegalArgumentException().isThrownBy(() -> new IndicatorValue(true, BigDecimal.ONE));
        assertThatIllegalArgumentException().isThrownBy(() -> new IndicatorValue(null, null));
    }

    @Test
    void aScaleHasFiveLevelTextsAndAThresholdOnTheScale() {
        IndicatorDefinition scale = new IndicatorDefinition(" Innovationsgrad/Innovationsmognad ",
                IndicatorKind.SCALE_1_5, "nivå 1–5", null, LEVELS,
                new Threshold(new BigDecimal("2.0"), ThresholdComparison.ABOVE), null);
        assertThat(scale.wording()).isEqualTo("Innovationsgrad/Innovationsmognad");
        assertThat(scale.threshold().value()).hasToString("2");
        assertThat(scale.levelText(3)).isEqualTo("3");
        assertThat(scale.threshold().metBy(new BigDecimal("2.1"))).isTrue();
        assertThat(scale.threshold().metBy(new BigDecimal("2"))).as("drygt nivå 2: above, not at").isFalse();
        assertThat(ThresholdComparison.AT_OR_ABOVE.meets(BigDecimal.valueOf(2), new BigDecimal("2.00"))).isTrue();

        assertThatIllegalArgumentException().isThrownBy(() -> new IndicatorDefinition("Mognad",
                IndicatorKind.SCALE_1_5, "nivå", null, List.of("1", "2", "3", "4"), null, null))
                .withMessageContaining("exactly 5 level texts");
        assertThatIllegalArgumentException().isThrownBy(() -> new IndicatorDefinition("Mognad",
                IndicatorKind.SCALE_1_5, "nivå", null, List.of("1", "2", " ", "4", "5"), null, null))
                .withMessage("level 3 text is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new IndicatorDefinition("Mognad",
                IndicatorKind.SCALE_1_5, "nivå", null, LEVELS, new Threshold(new BigDecimal("5.5"),
                ThresholdComparison.AT_OR_ABOVE), null)).withMessageContaining("between 1 and 5");
        assertThatIllegalArgumentException().isThrownBy(() -> new IndicatorDefinition("Metoder",
                IndicatorKind.BOOLEAN_SHARE, "andel", null, LEVELS, null, null))
                .withMessageContaining("only a SCALE_1_5 indicator has level texts");
        assertThatIllegalArgumentException().isThrownBy(() -> new IndicatorDefinition("Metoder",
                IndicatorKind.BOOLEAN_SHARE, "andel", null, null, new Threshold(BigDecimal.ONE,
                ThresholdComparison.AT_OR_ABOVE), null)).withMessageContaining("has no threshold");
        assertThatIllegalArgumentException().isThrownBy(() -> new IndicatorDefinition("Idéer",
                IndicatorKind.COUNT, "st", null, null, new Threshold(BigDecimal.ONE.negate(),
                ThresholdComparison.AT_OR_ABOVE), null)).withMessageContaining("zero or more");
        assertThatIllegalArgumentException().isThrownBy(() -> new IndicatorDefinition("Idéer", null, "st", null,
                null, null, null)).withMessageStartingWith("kind is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new Threshold(BigDecimal.ONE, null))
                .withMessageStartingWith("threshold comparison is required");
        assertThat(new IndicatorDefinition("Metoder", IndicatorKind.BOOLEAN_SHARE, "andel", " ", null, null, " ")
                .levels()).isEmpty();
    }

    @Test
    void aPeriodsIdIsDerivedFromRegionIndicatorAndYear() {
        TenantId stockholm = TenantId.of("region-stockholm");
        ReportingPeriodId id = ReportingPeriodId.forIndicatorAndYear(stockholm, INDICATOR, 2021);
        assertThat(id).isEqualTo(ReportingPeriodId.forIndicatorAndYear(stockholm, INDICATOR, 2021));
        assertThat(id.value()).startsWith("period-").hasSizeLessThanOrEqualTo(64);
        assertThat(ReportingPeriodId.forIndicatorAndYear(stockholm, INDICATOR, 2020)).isNotEqualTo(id);
        assertThat(ReportingPeriodId.forIndicatorAndYear(TenantId.of("region-skane"), INDICATOR, 2021))
                .isNotEqualTo(id);
        assertThat(ReportingPeriodId.forIndicatorAndYear(stockholm, IndicatorId.of("indicator-x"), 2021))
                .isNotEqualTo(id);
    }

    @Test
    void commandsNeedTheirFacts() {
        LocalDate opens = LocalDate.of(2021, 11, 1);
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenReportingPeriod(null, null, 2021,
                List.of(UNIT), opens, DAY)).withMessage("indicatorId is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenReportingPeriod(INDICATOR, 0, 2021,
                List.of(UNIT), opens, DAY)).withMessageContaining("start at 1");
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenReportingPeriod(INDICATOR, null, null,
                List.of(UNIT), opens, DAY)).withMessage("year is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenReportingPeriod(INDICATOR, null, 21,
                List.of(UNIT), opens, DAY)).withMessageContaining("between 1000 and 9999");
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenReportingPeriod(INDICATOR, null, 2021,
                null, opens, DAY)).withMessage("population is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenReportingPeriod(INDICATOR, null, 2021,
                List.of(), opens, DAY)).withMessageContaining("1 to 1000 units");
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenReportingPeriod(INDICATOR, null, 2021,
                List.of(UNIT, UNIT), opens, DAY)).withMessageContaining("listed twice");
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenReportingPeriod(INDICATOR, null, 2021,
                List.of(UNIT), DAY, opens)).withMessageContaining("must not lie before opensOn");
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenReportingPeriod(INDICATOR, null, 2021,
                List.of(UNIT), null, DAY)).withMessage("opensOn is required");

        assertThatIllegalArgumentException().isThrownBy(() -> new SubmitIndicatorValue(PERIOD, UNIT, null, DAY,
                null, null)).withMessage("value is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new SubmitIndicatorValue(PERIOD, null,
                IndicatorValue.of(true), DAY, null, null)).withMessage("unitId is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new SubmitIndicatorValue(PERIOD, UNIT,
                IndicatorValue.of(true), null, null, null)).withMessage("submittedOn is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new CorrectIndicatorValue(PERIOD, UNIT, null, DAY,
                null, null)).withMessage("correctedValue is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new RecordNonResponse(PERIOD, UNIT, null, null,
                null)).withMessage("recordedOn is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new CloseReportingPeriod(PERIOD, null, null))
                .withMessage("closedOn is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new ReviseIndicator(INDICATOR,
                new IndicatorDefinition("Metoder", IndicatorKind.BOOLEAN_SHARE, "andel", null, null, null, null),
                " ", null)).withMessage("changeNote is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new FetchIndicatorReport(TenantId.of("region-x"),
                INDICATOR, null)).withMessage("year is required");
    }

    @Test
    void percentagesAndMeansRoundHalfUp() {
        assertThat(IndicatorReport.percent(18, 23, 0)).hasToString("78");
        assertThat(IndicatorReport.percent(18, 23, 1)).hasToString("78.3");
        assertThat(IndicatorReport.percent(1, 8, 1)).as("12.5").hasToString("12.5");
        assertThat(IndicatorReport.percent(1, 16, 1)).as("6.25 half up").hasToString("6.3");
        assertThat(IndicatorReport.percent(1, 0, 1)).isNull();
        assertThat(IndicatorReport.mean(new BigDecimal("59.8"), 23)).hasToString("2.6");
        assertThat(IndicatorReport.mean(new BigDecimal("60"), 23)).as("2.608…").hasToString("2.6");
        assertThat(IndicatorReport.mean(new BigDecimal("2.25"), 1)).hasToString("2.3");
        assertThat(IndicatorReport.mean(BigDecimal.ZERO, 0)).isNull();
    }
}
