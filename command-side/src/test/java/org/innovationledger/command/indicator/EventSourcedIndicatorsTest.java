package org.innovationledger.command.indicator;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.innovationledger.command.indicator.IndicatorCatalogue.KnownIndicator;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.indicator.IndicatorDefined;
import org.innovationledger.kernel.indicator.IndicatorDefinition;
import org.innovationledger.kernel.indicator.IndicatorId;
import org.innovationledger.kernel.indicator.IndicatorRevised;
import org.innovationledger.kernel.indicator.ReportingPeriodId;
import org.innovationledger.kernel.indicator.ReportingPeriodOpened;
import org.innovationledger.kernel.mission.MissionDefined;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue and the periods read the event streams, for exactly the caller's region. */
class EventSourcedIndicatorsTest {

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId SKANE = TenantId.of("region-skane");
    private static final IndicatorId MATURITY = IndicatorId.of("indicator-mognad");

    private EmbeddedEventStore eventStore;
    private EventSourcedIndicatorCatalogue catalogue;
    private EventSourcedReportingPeriods periods;

    @BeforeEach
    void setUp() {
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        catalogue = new EventSourcedIndicatorCatalogue(eventStore);
        periods = new EventSourcedReportingPeriods(eventStore);
    }

    @AfterEach
    void tearDown() {
        eventStore.shutDown();
    }

    private static IndicatorDefinition v2() {
        IndicatorDefinition m = Indicators.maturity();
        return new IndicatorDefinition(m.wording(), m.kind(), m.unit(), "RS 2022-0001", m.levels(), m.threshold(), null);
    }

    private static IndicatorDefinition v3() {
        IndicatorDefinition m = Indicators.maturity();
        return new IndicatorDefinition(m.wording(), m.kind(), m.unit(), "RS 2023-0001", m.levels(), m.threshold(), null);
    }

    @Test
    void findsTheNewestOrTheAskedVersionOfTheRegionsIndicator() {
        eventStore.publish(new GenericDomainEventMessage<>("Indicator", MATURITY.value(), 0,
                        new IndicatorDefined(MATURITY, STOCKHOLM, 1, Indicators.maturity())),
                new GenericDomainEventMessage<>("Indicator", MATURITY.value(), 1,
                        new IndicatorRevised(MATURITY, 2, v2(), "Diarienummer")),
                new GenericDomainEventMessage<>("Indicator", MATURITY.value(), 2,
                        new IndicatorRevised(MATURITY, 3, v3(), "Nytt beslut")));

        assertThat(catalogue.find(STOCKHOLM, MATURITY, null)).contains(new KnownIndicator(MATURITY, 3, v3()));
        assertThat(catalogue.find(STOCKHOLM, MATURITY, 1))
                .contains(new KnownIndicator(MATURITY, 1, Indicators.maturity()));
        assertThat(catalogue.find(STOCKHOLM, MATURITY, 2)).contains(new KnownIndicator(MATURITY, 2, v2()));
        assertThat(catalogue.find(STOCKHOLM, MATURITY, 4)).isEmpty();
        assertThat(catalogue.exists(STOCKHOLM, MATURITY)).isTrue();
        assertThat(catalogue.find(SKANE, MATURITY, null)).as("another region's").isEmpty();
        assertThat(catalogue.exists(SKANE, MATURITY)).isFalse();
    }

    @Test
    void anUnknownIdOrAnotherAggregateTypeIsNoIndicator() {
        MissionId mission = MissionId.of("indicator-looks-like-one");
        eventStore.publish(new GenericDomainEventMessage<>("Mission", mission.value(), 0,
                new MissionDefined(mission, STOCKHOLM, "Mission", "Ambition", null)));

        assertThat(catalogue.find(STOCKHOLM, IndicatorId.of(mission.value()), null)).isEmpty();
        assertThat(catalogue.exists(STOCKHOLM, IndicatorId.of(mission.value()))).isFalse();
        assertThat(catalogue.find(STOCKHOLM, IndicatorId.of("indicator-none"), null)).isEmpty();
    }

    @Test
    void aPeriodExistsOnceOpened() {
        ReportingPeriodId id = ReportingPeriodId.forIndicatorAndYear(STOCKHOLM, MATURITY, 2021);
        assertThat(periods.exists(id)).isFalse();
        eventStore.publish(new GenericDomainEventMessage<>("ReportingPeriod", id.value(), 0,
                new ReportingPeriodOpened(id, STOCKHOLM, MATURITY, 1, Indicators.maturity(), 2021,
                        List.of(OrganisationUnitId.of("unit-1")), LocalDate.of(2021, 11, 1), LocalDate.of(2022, 1, 31))));
        assertThat(periods.exists(id)).isTrue();
        assertThat(periods.exists(ReportingPeriodId.forIndicatorAndYear(STOCKHOLM, MATURITY, 2022))).isFalse();
    }
}
