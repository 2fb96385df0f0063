package org.innovationledger.query.audit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.audit.AuditEntry;
import org.innovationledger.kernel.initiative.GateDecisionRecorded;
import org.innovationledger.query.infra.PublishedEventTypes;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublishedEventTypesAndCsvTest {

    private final PublishedEventTypes types = new PublishedEventTypes();

    @Test
    void thePublishedTypesAreTheKernelsRevisionedRecords() {
        assertThat(types.names()).contains("InitiativeRegistered", "GateDecisionRecorded", "OrganisationUnitRegistered",
                "FundingCallOpened", "ValueDistributed", "InnovationAccountsEditionPublished");
        assertThat(types.names()).as("commands, queries and views are not events")
                .doesNotContain("RegisterInitiative", "FetchGateDecisionLog", "GateDecisionLog", "AuditEntry");
        assertThat(types.all().values()).allSatisfy(type -> {
            assertThat(type.getPackageName()).startsWith(PublishedEventTypes.PACKAGE);
            assertThat(type.isAnnotationPresent(Revision.class)).isTrue();
        });
        assertThat(types.type("GateDecisionRecorded")).contains(GateDecisionRecorded.class);
        assertThat(PublishedEventTypes.revisionOf(GateDecisionRecorded.class)).isEqualTo("1");
        assertThat(PublishedEventTypes.revisionOf(String.class)).isNull();
    }

    @Test
    void anUnknownTypeIsRefusedSayingWhereTheKnownOnesAre() {
        types.requireKnown("type", List.of("GateDecisionRecorded", "InitiativeRegistered"));
        assertThatThrownBy(() -> types.requireKnown("type", List.of("GateDecisionRecorded", "GateDecisionTaken")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("type names no published event type: GateDecisionTaken.")
                .hasMessageContaining("annotated @Revision in org.innovationledger.kernel")
                .hasMessageContaining("GateDecisionRecorded, GateDecisionRetracted");
    }

    @Test
    void csvQuotesNeutralisesFormulasAndEndsLinesWithCrLf() {
        AuditEntry entry = new AuditEntry(15, "ev-1", "GateDecisionRecorded", "1", "Initiative", "ini-triage", 1L,
                Instant.parse("2024-03-05T10:30:00Z"), "carl", "PORTFOLIO_MANAGER", "region-stockholm",
                "=HYPERLINK(\"http://x\"), enhälligt", "SG 2024-03", "corr", "cmd", null, null, false,
                JsonNodeFactory.instance.objectNode().put("gate", "G1").put("rationale", "-1 risk\r\nmer"));
        String csv = AuditTrailCsv.render(List.of(entry));
        assertThat(csv).isEqualTo("position,eventId,type,revision,aggregateType,aggregateId,sequenceNumber,timestamp,"
                + "tenant,principal,role,authenticatedBy,reason,documentRef,correlationId,causationId,idempotencyKey,"
                + "demo,payload\r\n"
                + "15,ev-1,GateDecisionRecorded,1,Initiative,ini-triage,1,2024-03-05T10:30:00Z,region-stockholm,carl,"
                + "PORTFOLIO_MANAGER,,\"'=HYPERLINK(\"\"http://x\"\"), enhälligt\",SG 2024-03,corr,cmd,,false,"
                + "\"{\"\"gate\"\":\"\"G1\"\",\"\"rationale\"\":\"\"-1 risk\\r\\nmer\"\"}\"\r\n");
    }
}
