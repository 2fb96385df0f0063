package org.innovationledger.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.innovationledger.kernel.audit.AuditEntry;
import org.innovationledger.kernel.audit.AuditTrailPage;
import org.innovationledger.kernel.audit.FetchAuditTrail;
import org.innovationledger.kernel.audit.FindAuditEntry;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.fund.FundingCallId;
import org.innovationledger.kernel.fund.FundingCallOpened;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.kernel.organisation.OrganisationUnitRenamed;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.query.testsupport.EventLog;
import org.innovationledger.query.testsupport.InMemoryMongo;
import org.innovationledger.query.testsupport.InitiativeEvents;
import org.innovationledger.query.testsupport.Projector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.innovationledger.kernel.process.BuiltInProcessModels.GENERIC_STAGE_GATE;

/**
 * The trail fed real kernel events with the metadata the command side stamps on them: one entry per event with
 * its metadata and fields (dates ISO, amounts exact), idempotent under redelivery and rebuilt alike after a reset;
 * the query's filters, cursor and tenant scope worked out by hand over positions 10-16.
 */
class AuditTrailProjectionTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId SKANE = TenantId.of("region-skane");
    private static final OrganisationUnitId KAROLINSKA = OrganisationUnitId.of("unit-karolinska");
    private static final InitiativeId TRIAGE = InitiativeId.of("ini-triage");
    /** Spring Boot's ObjectMapper, which the Axon event serializer is built with. */
    private static final ObjectMapper BOOT_MAPPER = Jackson2ObjectMapperBuilder.json()
            .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS,
                    SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS).build();

    private static final Instant T10 = Instant.parse("2024-03-05T09:00:00.125Z");
    private static final Instant T11 = Instant.parse("2024-03-05T09:30:00Z");
    private static final Instant T14 = Instant.parse("2024-03-05T10:00:00Z");
    private static final Instant T15 = Instant.parse("2024-03-05T10:30:00Z");
    private static final Instant T16 = Instant.parse("2024-03-06T08:00:00Z");

    private EventLog log;
    private Projector projector;
    private List<TrackedEventMessage<?>> events;

    @BeforeEach
    void setUp() {
        log = new EventLog(10);
        projector = new Projector(new AuditTrailProjection(MONGO.template(), BOOT_MAPPER));
        events = new ArrayList<>();
    }

    /**
     * 10 Stockholm registers Karolinska (anna, over HTTP with an Idempotency-Key); 11 Stockholm registers the triage
     * initiative (anna); 12-13 unused; 14 Skåne registers a unit (sven); 15 Stockholm's gate decision on triage
     * (carl); 16 the demo loader opens Stockholm's fund call of 15 MSEK.
     */
    private void history() {
        events.add(log.append("OrganisationUnit", KAROLINSKA.value(), new OrganisationUnitRegistered(KAROLINSKA,
                        STOCKHOLM, "Karolinska Universitetssjukhuset", OrganisationUnitKind.HOSPITAL, null,
                        LocalDate.of(1940, 1, 1)),
                metadata("anna", "PORTFOLIO_MANAGER", STOCKHOLM, "Ny enhet", "RS 2019-0672", "corr-units", "cmd-10",
                        Map.of(LedgerMetadata.AUTHENTICATED_BY, "local-user", LedgerMetadata.IDEMPOTENCY_KEY, "key-10")),
                T10));
        events.add(log.append("Initiative", TRIAGE.value(), InitiativeEvents.fromNeed(TRIAGE, STOCKHOLM, "AI-triage",
                        KAROLINSKA, GENERIC_STAGE_GATE, "NEED"),
                metadata("anna", "PORTFOLIO_MANAGER", STOCKHOLM, "Från behov", null, "corr-triage", "cmd-11", Map.of()),
                T11));
        log.skip(2);
        events.add(log.append("OrganisationUnit", "unit-sus", new OrganisationUnitRegistered(
                        OrganisationUnitId.of("unit-sus"), SKANE, "Skånes universitetssjukhus", OrganisationUnitKind.HOSPITAL,
                        null, null),
                metadata("sven", "PORTFOLIO_MANAGER", SKANE, null, "RS 2020-1", "corr-skane", "cmd-14", Map.of()), T14));
        events.add(log.append("Initiative", TRIAGE.value(), InitiativeEvents.decision(TRIAGE, 1, "G1",
                        GateOutcome.PROCEED, "NEED", "IDEA", LocalDate.of(2024, 3, 1)),
                metadata("carl", "PORTFOLIO_MANAGER", STOCKHOLM, "=Styrgruppens beslut, enhälligt", "SG 2024-03",
                        "corr-triage", "cmd-15", Map.of()), T15));
        events.add(log.append("FundingCall", "call-2021-1", new FundingCallOpened(FundingCallId.of("call-2021-1"),
                        STOCKHOLM, "Innovationsfonden", 1, 2021, Money.of("15000000", "SEK"), LocalDate.of(2021, 1, 11),
                        LocalDate.of(2021, 3, 12), null),
                metadata("demo-loader", "DEMO", STOCKHOLM, "Demo: Region Stockholm", "Innovationsbokslut 2021, rad 12",
                        "demo-region-stockholm", "cmd-16", Map.of(LedgerMetadata.DEMO, "true")), T16));
        projector.deliver(events);
    }

    private static MetaData metadata(String principal, String role, TenantId tenant, String reason,
                                     String documentRef, String correlationId, String causationId,
                                     Map<String, String> more) {
        Map<String, Object> values = new HashMap<>(more);
        values.put(LedgerMetadata.PRINCIPAL, principal);
        values.put(LedgerMetadata.ROLE, role);
        values.put(LedgerMetadata.TENANT, tenant.value());
        if (reason != null) {
            values.put(LedgerMetadata.REASON, reason);
        }
        if (documentRef != null) {
            values.put(LedgerMetadata.DOCUMENT_REF, documentRef);
        }
        values.put(LedgerMetadata.CORRELATION_ID, correlationId);
        values.put(LedgerMetadata.CAUSATION_ID, causationId);
        return MetaData.from(values);
    }

    @Test
    void everyEventIsAnEntryWithItsMetadataAndFields() {
        history();
        assertThat(MONGO.count(AuditTrailProjection.COLLECTION)).isEqualTo(5);

        AuditEntry unit = find(null, 10).orElseThrow();
        assertThat(unit).isEqualTo(new AuditEntry(10, events.get(0).getIdentifier(), "OrganisationUnitRegistered",
                "1", "OrganisationUnit", "unit-karolinska", 0L, T10, "anna", "PORTFOLIO_MANAGER", "region-stockholm",
                "Ny enhet", "RS 2019-0672", "corr-units", "cmd-10", "local-user", "key-10", false, unit.payload()));
        assertThat(unit.payload().toString()).isEqualTo("{\"unitId\":\"unit-karolinska\",\"tenant\":\"region-stockholm\","
                + "\"name\":\"Karolinska Universitetssjukhuset\",\"kind\":\"HOSPITAL\",\"parentId\":null,"
                + "\"establishedOn\":\"1940-01-01\"}");

        AuditEntry registered = find(STOCKHOLM, 11).orElseThrow();
        assertThat(registered.type()).isEqualTo("InitiativeRegistered");
        assertThat(registered.revision()).as("the class's @Revision").isEqualTo("2");
        assertThat(registered.aggregateType()).isEqualTo("Initiative");
        assertThat(registered.sequenceNumber()).isZero();
        assertThat(registered.documentRef()).isNull();
        assertThat(registered.authenticatedBy()).isNull();
        assertThat(registered.payload().get("processModel").get("version").asInt()).isEqualTo(1);

        AuditEntry decision = find(STOCKHOLM, 15).orElseThrow();
        assertThat(decision.sequenceNumber()).as("the initiative's second event").isEqualTo(1L);
        assertThat(decision.principal()).isEqualTo("carl");
        assertThat(decision.reason()).isEqualTo("=Styrgruppens beslut, enhälligt");
        assertThat(decision.correlationId()).isEqualTo(registered.correlationId());
        assertThat(decision.payload().get("decidedOn").asText()).isEqualTo("2024-03-01");
        assertThat(decision.payload().get("partyPositions").isArray()).isTrue();
        assertThat(decision.payload().get("strategicDecision").isNull()).isTrue();

        AuditEntry call = find(STOCKHOLM, 16).orElseThrow();
        assertThat(call.demo()).isTrue();
        assertThat(call.role()).isEqualTo("DEMO");
        assertThat(call.payload().get("budget").toString()).as("the amount exact, with its two decimals")
                .isEqualTo("{\"amount\":15000000.00,\"currency\":\"SEK\"}");
        assertThat(call.payload().get("round").isInt()).isTrue();
        Document stored = MONGO.template().getCollection(AuditTrailProjection.COLLECTION)
                .find(new Document("_id", 16L)).first();
        assertThat(stored.get("payload", Document.class).get("budget", Document.class).get("amount"))
                .as("kept as a decimal in MongoDB, not a double or text").isEqualTo(new Decimal128(
                        new java.math.BigDecimal("15000000.00")));
        assertThat(stored.get("timestamp")).isInstanceOf(java.util.Date.class);
    }

    @Test
    void redeliveredEventsChangeNothingAndAResetRebuildsTheSameTrail() {
        history();
        Map<String, List<Document>> once = MONGO.snapshot(AuditTrailProjection.COLLECTION);

        projector.deliver(events);
        projector.deliver(events.get(1));
        assertThat(MONGO.snapshot(AuditTrailProjection.COLLECTION)).isEqualTo(once);

        projector.reset();
        assertThat(MONGO.count(AuditTrailProjection.COLLECTION)).isZero();
        assertThat(fetch(null, null, null, Set.of(), null, null, null, 100).position())
                .as("an empty trail has applied nothing").isEqualTo(-1);
        projector.replay(events);
        assertThat(MONGO.snapshot(AuditTrailProjection.COLLECTION)).isEqualTo(once);
    }

    @Test
    void filtersCombineAndTheTenantScopesEverything() {
        history();
        assertThat(positions(fetch(STOCKHOLM, null, null, Set.of(), null, null, null, 100)))
                .containsExactly(10L, 11L, 15L, 16L);
        assertThat(positions(fetch(SKANE, null, null, Set.of(), null, null, null, 100))).containsExactly(14L);
        assertThat(positions(fetch(null, null, null, Set.of(), null, null, null, 100)))
                .as("every tenant's").containsExactly(10L, 11L, 14L, 15L, 16L);
        assertThat(positions(fetch(STOCKHOLM, "ini-triage", null, Set.of(), null, null, null, 100)))
                .containsExactly(11L, 15L);
        assertThat(positions(fetch(SKANE, "ini-triage", null, Set.of(), null, null, null, 100))).isEmpty();
        assertThat(positions(fetch(STOCKHOLM, null, "anna", Set.of(), null, null, null, 100)))
                .containsExactly(10L, 11L);
        assertThat(positions(fetch(STOCKHOLM, null, null, Set.of("GateDecisionRecorded", "FundingCallOpened"),
                null, null, null, 100))).containsExactly(15L, 16L);
        assertThat(positions(fetch(null, null, null, Set.of("OrganisationUnitRegistered"), null, null, null, 100)))
                .containsExactly(10L, 14L);
        // from inclusive, to exclusive
        assertThat(positions(fetch(null, null, null, Set.of(), T11, T15, null, 100))).containsExactly(11L, 14L);
        assertThat(positions(fetch(STOCKHOLM, null, null, Set.of(), T11, T15, null, 100))).containsExactly(11L);
        assertThat(positions(fetch(STOCKHOLM, null, null, Set.of(), T10.plusMillis(1), null, null, 100)))
                .containsExactly(11L, 15L, 16L);
        assertThat(positions(fetch(STOCKHOLM, "ini-triage", "carl", Set.of("GateDecisionRecorded"), T15, T16, 14L,
                100))).containsExactly(15L);
        assertThat(fetch(SKANE, null, null, Set.of(), null, null, null, 100).position())
                .as("the newest position the trail applied, whoever's").isEqualTo(16);
    }

    @Test
    void theCursorPagesWithoutGapOrDuplicateAndEndsWithoutAnEmptyPage() {
        history();
        AuditTrailPage first = fetch(STOCKHOLM, null, null, Set.of(), null, null, null, 3);
        assertThat(positions(first)).containsExactly(10L, 11L, 15L);
        assertThat(first.next()).isEqualTo(15L);
        AuditTrailPage second = fetch(STOCKHOLM, null, null, Set.of(), null, null, first.next(), 3);
        assertThat(positions(second)).containsExactly(16L);
        assertThat(second.next()).isNull();

        AuditTrailPage pairs = fetch(STOCKHOLM, null, null, Set.of(), null, null, null, 2);
        assertThat(pairs.next()).isEqualTo(11L);
        AuditTrailPage last = fetch(STOCKHOLM, null, null, Set.of(), null, null, pairs.next(), 2);
        assertThat(positions(last)).containsExactly(15L, 16L);
        assertThat(last.next()).as("exactly two were left: no further page").isNull();
        assertThat(positions(fetch(STOCKHOLM, null, null, Set.of(), null, null, 12L, 100)))
                .as("a cursor inside a gap").containsExactly(15L, 16L);
        assertThat(fetch(STOCKHOLM, null, null, Set.of(), null, null, 16L, 100).entries()).isEmpty();
    }

    @Test
    void oneEntryOnlyInItsTenant() {
        history();
        assertThat(find(STOCKHOLM, 15)).isPresent();
        assertThat(find(SKANE, 15)).as("another tenant's").isEmpty();
        assertThat(find(SKANE, 14)).isPresent();
        assertThat(find(null, 14)).isPresent();
        assertThat(find(null, 12)).as("a position no event took").isEmpty();
    }

    @Test
    void anEventNoAggregateAppliedIsInTheTrailToo() {
        OrganisationUnitRenamed renamed = new OrganisationUnitRenamed(KAROLINSKA, "Karolinska", "Karolinska US",
                LocalDate.of(2024, 1, 1));
        projector.deliver(new GenericTrackedEventMessage<>(GapAwareTrackingToken.newInstance(3, Collections.emptySet()),
                new GenericEventMessage<>(renamed, metadata("anna", "ADMIN", STOCKHOLM, "Namnbyte", null, "c", "d",
                        Map.of()))));
        AuditEntry entry = find(STOCKHOLM, 3).orElseThrow();
        assertThat(entry.type()).isEqualTo("OrganisationUnitRenamed");
        assertThat(entry.aggregateType()).isNull();
        assertThat(entry.aggregateId()).isNull();
        assertThat(entry.sequenceNumber()).isNull();
        assertThat(entry.payload().get("effectiveFrom").asText()).isEqualTo("2024-01-01");
    }

    @Test
    void datesAreIsoTextWhateverTheEventMapperSays() {
        ObjectMapper timestamps = new ObjectMapper().findAndRegisterModules()
                .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        assertThat(new AuditPayloads(timestamps).tree(new OrganisationUnitRenamed(KAROLINSKA, "K", "KS",
                LocalDate.of(2024, 1, 31))).get("effectiveFrom").asText()).isEqualTo("2024-01-31");
    }

    @Test
    void theQueryRefusesWhatItCannotAnswer() {
        assertThatThrownBy(() -> new FetchAuditTrail(STOCKHOLM, null, null, null, null, null, null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> new FetchAuditTrail(STOCKHOLM, null, null, null, null, null, null, 1001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000");
        assertThatThrownBy(() -> new FetchAuditTrail(STOCKHOLM, null, null, null, T15, T11, null, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from");
        assertThatThrownBy(() -> new FetchAuditTrail(STOCKHOLM, null, null, null, null, null, -1L, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after");
        assertThat(new FetchAuditTrail(STOCKHOLM, " ", "", null, T11, T11, 0L, 1000).types()).isEmpty();
    }

    private AuditTrailPage fetch(TenantId tenant, String aggregateId, String principal, Set<String> types,
                                 Instant from, Instant to, Long after, int limit) {
        return projector.query(new FetchAuditTrail(tenant, aggregateId, principal, types, from, to, after, limit),
                ResponseTypes.instanceOf(AuditTrailPage.class));
    }

    /** An event whose class this version lacks (renamed or removed) is still in the trail, with its stored fields. */
    @Test
    void anEventOfAnUnknownClassIsKeptWithItsStoredFields() {
        UnknownSerializedType unknown = new UnknownSerializedType(JacksonSerializer.defaultSerializer(),
                new SimpleSerializedObject<>(
                        "{\"title\":\"Gammal händelse\",\"amount\":12.50}".getBytes(StandardCharsets.UTF_8),
                        byte[].class, "org.innovationledger.kernel.old.SomethingRecorded", "3"));
        projector.deliver(log.append("Old", "old-1", unknown, metadata("anna", "PORTFOLIO_MANAGER", STOCKHOLM,
                "Före versionsbytet", null, "corr-old", "cmd-old", Map.of()), T10));

        AuditEntry entry = find(STOCKHOLM, 10).orElseThrow();
        assertThat(entry.type()).isEqualTo("SomethingRecorded");
        assertThat(entry.revision()).isEqualTo("3");
        assertThat(entry.aggregateId()).isEqualTo("old-1");
        assertThat(entry.payload().get("title").asText()).isEqualTo("Gammal händelse");
        assertThat(entry.payload().get("amount").decimalValue()).isEqualByComparingTo("12.50");
    }

    private Optional<AuditEntry> find(TenantId tenant, long position) {
        return projector.query(new FindAuditEntry(tenant, position), ResponseTypes.optionalInstanceOf(AuditEntry.class));
    }

    private static List<Long> positions(AuditTrailPage page) {
        return page.entries().stream().map(AuditEntry::position).toList();
    }
}
