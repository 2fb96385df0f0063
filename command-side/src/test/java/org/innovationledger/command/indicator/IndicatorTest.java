package org.innovationledger.command.indicator;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.indicator.DefineIndicator;
import org.innovationledger.kernel.indicator.IndicatorDefined;
import org.innovationledger.kernel.indicator.IndicatorDefinition;
import org.innovationledger.kernel.indicator.IndicatorId;
import org.innovationledger.kernel.indicator.IndicatorKind;
import org.innovationledger.kernel.indicator.IndicatorRevised;
import org.innovationledger.kernel.indicator.ReviseIndicator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.innovationledger.command.RuleViolationMatchers.violatesRule;

class IndicatorTest {

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId VASTERBOTTEN = TenantId.of("region-vasterbotten");
    private static final IndicatorId MATURITY = IndicatorId.of("indicator-mognad");

    private AggregateTestFixture<Indicator> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Indicator.class);
    }

    private static Map<String, Object> metaData(TenantId tenant) {
        return Map.of(LedgerMetadata.TENANT, tenant.value(),
                LedgerMetadata.PRINCIPAL, "innovationsstrateg",
                LedgerMetadata.ROLE, "PORTFOLIO_MANAGER",
                LedgerMetadata.REASON, "Beslutade indikatorer");
    }

    private static IndicatorDefinition reworded() {
        IndicatorDefinition m = Indicators.maturity();
        return new IndicatorDefinition(m.wording(), m.kind(), m.unit(), "RS 2022-0001",
                List.of("Ad hoc", "Initierat", "Definierat", "Styrt", "Integrerat"), m.threshold(), null);
    }

    @Test
    void anIndicatorIsDefinedAsVersionOneForTheCallersRegion() {
        fixture.givenNoPriorActivity()
                .when(new DefineIndicator(MATURITY, Indicators.maturity()), metaData(STOCKHOLM))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IndicatorDefined(MATURITY, STOCKHOLM, 1, Indicators.maturity()));
    }

    @Test
    void aRevisionIsTheNextVersionAndAnswersTheNewAggregateVersion() {
        fixture.given(new IndicatorDefined(MATURITY, STOCKHOLM, 1, Indicators.maturity()))
                .when(new ReviseIndicator(MATURITY, reworded(), "Nivåtexter beslutade", 0L), metaData(STOCKHOLM))
                .expectEvents(new IndicatorRevised(MATURITY, 2, reworded(), "Nivåtexter beslutade"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void theKindStays() {
        fixture.given(new IndicatorDefined(MATURITY, STOCKHOLM, 1, Indicators.maturity()))
                .when(new ReviseIndicator(MATURITY, Indicators.of(IndicatorKind.NUMBER), "Annat mått", null),
                        metaData(STOCKHOLM))
                .expectException(violatesRule("INDICATOR_KIND_CHANGED"))
                .expectNoEvents();
    }

    @Test
    void aRevisionChangesSomething() {
        fixture.given(new IndicatorDefined(MATURITY, STOCKHOLM, 1, Indicators.maturity()))
                .when(new ReviseIndicator(MATURITY, Indicators.maturity(), "Samma", null), metaData(STOCKHOLM))
                .expectException(violatesRule("INDICATOR_UNCHANGED"))
                .expectNoEvents();
    }

    @Test
    void anotherRegionsIndicatorIsNotFound() {
        fixture.given(new IndicatorDefined(MATURITY, STOCKHOLM, 1, Indicators.maturity()))
                .when(new ReviseIndicator(MATURITY, reworded(), "Försök", null), metaData(VASTERBOTTEN))
                .expectException(violatesRule("INDICATOR_UNKNOWN", 404))
                .expectExceptionMessage(containsString(MATURITY.value()))
                .expectNoEvents();
    }

    @Test
    void aStaleVersionIsRefusedWith412() {
        fixture.given(new IndicatorDefined(MATURITY, STOCKHOLM, 1, Indicators.maturity()),
                        new IndicatorRevised(MATURITY, 2, reworded(), "Nivåtexter"))
                .when(new ReviseIndicator(MATURITY, Indicators.maturity(), "Tillbaka", 0L), metaData(STOCKHOLM))
                .expectException(violatesRule("STALE_VERSION", 412))
                .expectNoEvents();
    }
}
