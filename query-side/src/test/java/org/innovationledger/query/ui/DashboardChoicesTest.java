package org.innovationledger.query.ui;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeStatus;
import org.innovationledger.kernel.initiative.PortfolioOverview;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.organisation.OrganisationUnitView;
import org.innovationledger.kernel.process.PhaseStage;
import org.innovationledger.kernel.process.ProcessModelId;
import org.innovationledger.kernel.process.ProcessModelRef;
import org.innovationledger.query.initiative.PortfolioFilter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The dashboard's count tables and filter choices, from an overview as the projection answers it. */
class DashboardChoicesTest {

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final OrganisationUnitId KAROLINSKA = OrganisationUnitId.of("unit-karolinska");
    private static final OrganisationUnitId DANDERYD = OrganisationUnitId.of("unit-danderyd");
    private static final OrganisationUnitId TESTBED = OrganisationUnitId.of("unit-testbed");
    private static final ProcessModelRef MODEL = new ProcessModelRef(ProcessModelId.of("vll-partnership"), 1);

    private final PortfolioOverview overview = new PortfolioOverview(STOCKHOLM, 3, 0, 50, List.of(),
            List.of(new PortfolioOverview.UnitCount(KAROLINSKA, "Karolinska", 2),
                    new PortfolioOverview.UnitCount(DANDERYD, "Danderyds sjukhus", 1)),
            List.of(new PortfolioOverview.StageCount(PhaseStage.TEST, 3)),
            List.of(new PortfolioOverview.PhaseCount(MODEL, "STEG_4", "Steg 4", PhaseStage.TEST, 3)),
            List.of(new PortfolioOverview.MissionCount(MissionId.of("mission-1"), 2)),
            List.of(new PortfolioOverview.ValueCount("Nära vård", 3)),
            List.of(new PortfolioOverview.UnitCount(TESTBED, "Innovationsklinik", 1)),
            List.of(new PortfolioOverview.ValueCount("Cambio", 1)),
            List.of(new PortfolioOverview.StatusCount(InitiativeStatus.OPEN, 3)), 1, 0, 42);

    @Test
    void everyCountTableLinksWithTheApisParameterAndTranslatesOnlyStagesAndStatuses() throws IOException {
        List<CountTable> tables = CountTable.of(overview, Map.of("mission-1", "Framtidens hälso- och sjukvård"));

        assertThat(tables).extracting(CountTable::name).containsExactly("stage", "status", "mission",
                "strategy-area", "unit", "testbed", "partner");
        assertThat(tables).extracting(CountTable::parameter).containsExactly("stage", "status", "missionId",
                "strategyArea", "unitId", "testbedUnitId", "partnerName");
        assertThat(tables.get(0).rows()).containsExactly(new CountTable.Row("TEST", "TEST", "ui.stage.TEST", 3));
        assertThat(tables.get(2).rows()).containsExactly(
                new CountTable.Row("mission-1", "Framtidens hälso- och sjukvård", null, 2));
        assertThat(tables.get(4).rows()).extracting(CountTable.Row::key, CountTable.Row::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("unit-karolinska", "Karolinska"),
                        org.assertj.core.groups.Tuple.tuple("unit-danderyd", "Danderyds sjukhus"));

        Properties swedish = swedish();
        tables.forEach(table -> assertThat(swedish).containsKeys(table.heading(), table.column()));
    }

    @Test
    void theFiltersOfferTheRegionsUnitsByNameAndWhatThePortfolioHolds() {
        List<OrganisationUnitView> units = List.of(unit(KAROLINSKA, "Karolinska", OrganisationUnitKind.HOSPITAL),
                unit(DANDERYD, "Danderyds sjukhus", OrganisationUnitKind.HOSPITAL),
                unit(TESTBED, "Innovationsklinik", OrganisationUnitKind.TESTBED));

        FilterChoices choices = FilterChoices.of(units, overview, PortfolioFilter.NONE);

        assertThat(choices.units()).containsExactly(entry("unit-danderyd", "Danderyds sjukhus"),
                entry("unit-testbed", "Innovationsklinik"), entry("unit-karolinska", "Karolinska"));
        assertThat(choices.testbeds()).containsExactly(entry("unit-testbed", "Innovationsklinik"));
        assertThat(choices.phases()).containsExactly(entry("STEG_4", "Steg 4 (STEG_4)"));
        assertThat(choices.strategyAreas()).containsOnlyKeys("Nära vård");
        assertThat(choices.partners()).containsOnlyKeys("Cambio");
    }

    @Test
    void aValueTheRequestNamesIsOfferedEvenWhenThePortfolioHasNone() {
        PortfolioFilter filter = new PortfolioFilter("unit-closed", null, null, null, null, null, "Philips", null,
                null, null, null, null);

        FilterChoices choices = FilterChoices.of(List.of(), overview, filter);

        assertThat(choices.units()).containsExactly(entry("unit-closed", "unit-closed"));
        assertThat(choices.partners()).containsKeys("Cambio", "Philips");
        assertThat(filter.isEmpty()).isFalse();
        assertThat(PortfolioFilter.NONE.isEmpty()).isTrue();
    }

    private static OrganisationUnitView unit(OrganisationUnitId id, String name, OrganisationUnitKind kind) {
        return new OrganisationUnitView(id, STOCKHOLM, name, kind, null, null, List.of(), 1, 1);
    }

    private static Properties swedish() throws IOException {
        try (InputStream in = DashboardChoicesTest.class.getResourceAsStream("/messages_sv.properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
