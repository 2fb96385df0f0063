package org.innovationledger.query.initiative;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.EconomicValue;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeOrigin;
import org.innovationledger.kernel.initiative.InitiativeStatus;
import org.innovationledger.kernel.initiative.InitiativeView;
import org.innovationledger.kernel.initiative.PortfolioOverview;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.process.CaseType;
import org.innovationledger.kernel.process.EntryRequirement;
import org.innovationledger.kernel.process.PhaseStage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.kernel.process.BuiltInProcessModels.VLL_PARTNERSHIP;

/** Answers cross process boundaries as JSON (Axon Server, the HTTP API): they must read back as they were written. */
class AnswersJsonTest {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final OrganisationUnitId UNIT = OrganisationUnitId.of("unit-k");

    @Test
    void anOverviewWritesItsTotalAlsoUnderTheFirstReleasesNameAndReadsBackEqual() throws Exception {
        InitiativeView view = new InitiativeView(InitiativeId.of("ini-1"), STOCKHOLM,
                List.of(TenantId.of("region-skane")), "AI-triage", null, UNIT,
                "Karolinska", InitiativeOrigin.PARTNER_OFFER, null, "Cambio", CaseType.INNOVATION, VLL_PARTNERSHIP,
                "STEG_4", "STEG 4", PhaseStage.TEST, InitiativeStatus.OPEN, null, LocalDate.of(2024, 8, 15),
                new InitiativeView.Classification("Nära vård", null, null, List.of(), null), List.of(),
                EnumSet.of(EntryRequirement.CARE_UNIT_ANCHORING, EntryRequirement.VALUE_ANALYSIS),
                EconomicValue.POSITIVE, List.of(new InitiativeView.Pilot("P1",
                new InitiativeView.UnitRef(UNIT, "Karolinska"), LocalDate.of(2024, 9, 1), null, null)), 1,
                List.of(), List.of(), List.of(), null, null, Instant.parse("2024-05-02T07:30:00.250Z"), "carl", 7, 42);
        PortfolioOverview overview = new PortfolioOverview(STOCKHOLM, 1, 0, 50, List.of(view),
                List.of(new PortfolioOverview.UnitCount(UNIT, "Karolinska", 1)),
                List.of(new PortfolioOverview.StageCount(PhaseStage.TEST, 1)),
                List.of(new PortfolioOverview.PhaseCount(VLL_PARTNERSHIP, "STEG_4", "STEG 4", PhaseStage.TEST, 1)),
                List.of(), List.of(new PortfolioOverview.ValueCount("Nära vård", 1)), List.of(),
                List.of(new PortfolioOverview.ValueCount("Cambio", 1)),
                List.of(new PortfolioOverview.StatusCount(InitiativeStatus.OPEN, 1)), 1, 0, 42);

        String json = JSON.writeValueAsString(overview);

        assertThat(JSON.readTree(json).get("initiativeCount").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(json).get("initiatives").get(0).get("sharedWith").get(0).asText())
                .isEqualTo("region-skane");
        assertThat(JSON.readTree(json).get("initiatives").get(0).get("processModel").get("id").asText())
                .isEqualTo("vll-partnership");
        assertThat(JSON.readValue(json, PortfolioOverview.class)).isEqualTo(overview);
    }
}
