package org.innovationledger.query.need;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeOrigin;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.innovationledger.kernel.process.BuiltInProcessModels;
import org.innovationledger.kernel.process.CaseType;
import org.innovationledger.kernel.need.FetchNeedsBacklog;
import org.innovationledger.kernel.need.FindNeed;
import org.innovationledger.kernel.need.NeedCriterion;
import org.innovationledger.kernel.need.NeedHandedOver;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.need.NeedIdentified;
import org.innovationledger.kernel.need.NeedLinkedToInitiative;
import org.innovationledger.kernel.need.NeedOwnerAssigned;
import org.innovationledger.kernel.need.NeedPrioritised;
import org.innovationledger.kernel.need.NeedReferred;
import org.innovationledger.kernel.need.NeedResolvedInternally;
import org.innovationledger.kernel.need.NeedStatus;
import org.innovationledger.kernel.need.NeedView;
import org.innovationledger.kernel.need.NeedsBacklog;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.query.testsupport.EventLog;
import org.innovationledger.query.testsupport.InMemoryMongo;
import org.innovationledger.query.testsupport.Projector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.innovationledger.kernel.need.CriterionWeight.BONUS;
import static org.innovationledger.kernel.need.CriterionWeight.MUST;
import static org.innovationledger.kernel.need.CriterionWeight.SHOULD;
import static org.innovationledger.kernel.need.NeedSource.COMPANY_INQUIRY;
import static org.innovationledger.kernel.need.NeedSource.PATIENT;
import static org.innovationledger.kernel.need.NeedSource.SHADOWING;
import static org.innovationledger.kernel.need.NeedSource.STAFF;
import static org.innovationledger.kernel.need.NeedStatus.HANDED_OVER;
import static org.innovationledger.kernel.need.NeedStatus.OPEN;
import static org.innovationledger.kernel.need.NeedStatus.REFERRED;
import static org.innovationledger.kernel.need.NeedStatus.RESOLVED_INTERNALLY;

class NeedsBacklogProjectionTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private static final String NEED_AGGREGATE = "Need";
    private static final TenantId VASTERBOTTEN = TenantId.of("region-vasterbotten");
    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final OrganisationUnitId GERIATRICS = OrganisationUnitId.of("unit-nus-geriatrics");
    private static final OrganisationUnitId IDUN = OrganisationUnitId.of("unit-idun");
    private static final OrganisationUnitId INNOVATION_CENTRE = OrganisationUnitId.of("unit-innovationscentrum");
    private static final OrganisationUnitId KAROLINSKA = OrganisationUnitId.of("unit-karolinska");
    private static final NeedId FALLS = NeedId.of("need-falls");
    private static final NeedId ORAL_HEALTH = NeedId.of("need-oral-health");
    private static final NeedId HOME_VISITS = NeedId.of("need-home-visits");
    private static final NeedId SENSORS = NeedId.of("need-sensors");
    private static final NeedId STOCKHOLM_NEED = NeedId.of("need-stockholm-triage");
    private static final InitiativeId AI_SITTER = InitiativeId.of("ini-ai-sitter");
    private static final InitiativeId SENSOR_FLOOR = InitiativeId.of("ini-sensor-floor");
    private static final Instant AT_FALLS = Instant.parse("2024-02-01T08:00:00.123456789Z");

    private static final NeedCriterion CLEAR_NEED = new NeedCriterion("Tydligt behov och problemställning", MUST);
    private static final NeedCriterion OWNERSHIP = new NeedCriterion("Tydligt ägarskap, motor och driv", MUST);
    private static final NeedCriterion MANAGERS = new NeedCriterion("Uttalat stöd från linjechefer", MUST);
    private static final NeedCriterion SCALABLE = new NeedCriterion("Internt nyttiggörande skalbart", SHOULD);
    private static final NeedCriterion FUNDING = new NeedCriterion("Extern finansiering möjlig", BONUS);

    private EventLog log;
    private Projector projector;

    @BeforeEach
    void setUp() {
        log = new EventLog(10);
        projector = new Projector(new NeedsBacklogProjection(MONGO.template()));
    }

    private TrackedEventMessage<?> event(TenantId tenant, NeedId needId, Object payload) {
        return log.append(NEED_AGGREGATE, needId.value(), payload, EventLog.metadata("eva", tenant), null);
    }

    private TrackedEventMessage<?> identified(NeedId needId, TenantId tenant, String title, Instant at) {
        return log.append(NEED_AGGREGATE, needId.value(),
                new NeedIdentified(needId, tenant, title, null, STAFF, GERIATRICS),
                EventLog.metadata("eva", tenant), at);
    }

    @Test
    void anInitiativeRegisteredFromTheNeedIsListedWithItOnceWithoutChangingTheNeedsVersion() {
        identified(FALLS, VASTERBOTTEN, "Fall på avdelningen nattetid", AT_FALLS);
        InitiativeId fromNeed = InitiativeId.of("ini-sensor-floor");
        log.initiativeRegistered(new InitiativeRegistered(fromNeed, VASTERBOTTEN, "Sensorgolv", null, GERIATRICS,
                InitiativeOrigin.NEED, FALLS, null, CaseType.INNOVATION, BuiltInProcessModels.GENERIC_STAGE_GATE,
                "NEED"), "eva", AT_FALLS);
        log.initiativeRegistered(new InitiativeRegistered(InitiativeId.of("ini-other"), VASTERBOTTEN, "Annat", null,
                GERIATRICS, InitiativeOrigin.PARTNER_OFFER, null, "Bolaget", CaseType.INNOVATION,
                BuiltInProcessModels.GENERIC_STAGE_GATE, "NEED"), "eva", AT_FALLS);
        projector.deliver(log.all());
        projector.deliver(log.all());

        NeedView need = need(VASTERBOTTEN, FALLS).orElseThrow();
        assertThat(need.initiatives()).containsExactly(fromNeed);
        assertThat(need.version()).isZero();
    }

    @Test
    void identifiedNeedIsOpenWithoutOwnerCriteriaOrInitiatives() {
        log.append(NEED_AGGREGATE, FALLS.value(), new NeedIdentified(FALLS, VASTERBOTTEN,
                "Fall på avdelningen nattetid", "Patienter faller när vak saknas", SHADOWING, GERIATRICS),
                EventLog.metadata("eva", VASTERBOTTEN), AT_FALLS);
        projector.deliver(log.all());

        assertThat(need(VASTERBOTTEN, FALLS)).contains(new NeedView(FALLS, VASTERBOTTEN,
                "Fall på avdelningen nattetid", "Patienter faller när vak saknas", SHADOWING, GERIATRICS, null,
                List.of(), 0, 0, 0, List.of(), OPEN, null, AT_FALLS, 0, 10));
    }

    @Test
    void ownerCriteriaLinksAndHandoverAreFollowedWithVersionAndPosition() {
        identified(FALLS, VASTERBOTTEN, "Fall nattetid", AT_FALLS);
        event(VASTERBOTTEN, FALLS, new NeedOwnerAssigned(FALLS, IDUN, null));
        event(VASTERBOTTEN, FALLS, new NeedPrioritised(FALLS, List.of(CLEAR_NEED, SCALABLE, OWNERSHIP, FUNDING)));
        event(VASTERBOTTEN, FALLS, new NeedLinkedToInitiative(FALLS, AI_SITTER));
        log.skip(3);
        event(VASTERBOTTEN, FALLS, new NeedLinkedToInitiative(FALLS, SENSOR_FLOOR));
        event(VASTERBOTTEN, FALLS, new NeedOwnerAssigned(FALLS, INNOVATION_CENTRE, IDUN));
        event(VASTERBOTTEN, FALLS, new NeedHandedOver(FALLS, "Umeå universitet", "Forskningsfråga om fallrisk"));
        projector.deliver(log.all());

        assertThat(need(VASTERBOTTEN, FALLS)).contains(new NeedView(FALLS, VASTERBOTTEN, "Fall nattetid", null,
                STAFF, GERIATRICS, INNOVATION_CENTRE, List.of(CLEAR_NEED, SCALABLE, OWNERSHIP, FUNDING), 2, 1, 1,
                List.of(AI_SITTER, SENSOR_FLOOR), HANDED_OVER, "Umeå universitet: Forskningsfråga om fallrisk",
                AT_FALLS, 6, 19));
    }

    @Test
    void aNewPrioritisationReplacesCriteriaAndCounts() {
        identified(FALLS, VASTERBOTTEN, "Fall nattetid", AT_FALLS);
        event(VASTERBOTTEN, FALLS, new NeedPrioritised(FALLS, List.of(CLEAR_NEED, OWNERSHIP, MANAGERS, FUNDING)));
        event(VASTERBOTTEN, FALLS, new NeedPrioritised(FALLS, List.of(OWNERSHIP, SCALABLE)));
        projector.deliver(log.all());

        NeedView falls = need(VASTERBOTTEN, FALLS).orElseThrow();
        assertThat(falls.criteria()).containsExactly(OWNERSHIP, SCALABLE);
        assertThat(List.of(falls.mustCount(), falls.shouldCount(), falls.bonusCount())).containsExactly(1, 1, 0);
        assertThat(falls.version()).isEqualTo(2);
    }

    @Test
    void eachWayOfClosingLeavesItsStatusAndNote() {
        identified(FALLS, VASTERBOTTEN, "Fall nattetid", null);
        identified(ORAL_HEALTH, VASTERBOTTEN, "Munhälsa på äldreboenden", null);
        identified(SENSORS, VASTERBOTTEN, "Sensorer i hemmet", null);
        event(VASTERBOTTEN, FALLS, new NeedResolvedInternally(FALLS, "Nya rutiner för nattronden"));
        event(VASTERBOTTEN, ORAL_HEALTH, new NeedReferred(ORAL_HEALTH, "Upphandling av munvårdsappar", null));
        event(VASTERBOTTEN, SENSORS, new NeedReferred(SENSORS, "Forskning", "Umeå universitet, biomedicin"));
        projector.deliver(log.all());

        assertThat(need(VASTERBOTTEN, FALLS).orElseThrow())
                .extracting(NeedView::status, NeedView::closingNote)
                .containsExactly(RESOLVED_INTERNALLY, "Nya rutiner för nattronden");
        assertThat(need(VASTERBOTTEN, ORAL_HEALTH).orElseThrow())
                .extracting(NeedView::status, NeedView::closingNote)
                .containsExactly(REFERRED, "Upphandling av munvårdsappar");
        assertThat(need(VASTERBOTTEN, SENSORS).orElseThrow())
                .extracting(NeedView::status, NeedView::closingNote)
                .containsExactly(REFERRED, "Forskning: Umeå universitet, biomedicin");
    }

    /**
     * Västerbotten's backlog, positions 10-21: four open needs with 2, 0, 2 and 1 MUST criteria (two of them
     * identified within the same second), one closed need with 3 MUSTs; Stockholm has one need of its own.
     */
    private void backlog() {
        identified(FALLS, VASTERBOTTEN, "Fall nattetid", Instant.parse("2024-02-01T08:00:30Z"));
        identified(ORAL_HEALTH, VASTERBOTTEN, "Munhälsa", Instant.parse("2024-01-15T10:00:00Z"));
        identified(HOME_VISITS, VASTERBOTTEN, "Digitala hembesök", Instant.parse("2024-02-01T08:00:30.5Z"));
        identified(SENSORS, VASTERBOTTEN, "Sensorer", Instant.parse("2024-01-01T07:00:00Z"));
        NeedId closed = NeedId.of("need-closed");
        identified(closed, VASTERBOTTEN, "Löst behov", Instant.parse("2023-12-01T07:00:00Z"));
        identified(STOCKHOLM_NEED, STOCKHOLM, "AI-triage", Instant.parse("2024-01-01T07:00:00Z"));
        event(VASTERBOTTEN, FALLS, new NeedPrioritised(FALLS, List.of(CLEAR_NEED, OWNERSHIP, SCALABLE)));
        event(VASTERBOTTEN, HOME_VISITS, new NeedPrioritised(HOME_VISITS, List.of(CLEAR_NEED, MANAGERS)));
        event(VASTERBOTTEN, SENSORS, new NeedPrioritised(SENSORS, List.of(CLEAR_NEED, FUNDING)));
        event(VASTERBOTTEN, closed, new NeedPrioritised(closed, List.of(CLEAR_NEED, OWNERSHIP, MANAGERS)));
        event(VASTERBOTTEN, closed, new NeedResolvedInternally(closed, "Löst i linjen"));
        event(VASTERBOTTEN, HOME_VISITS, new NeedOwnerAssigned(HOME_VISITS, IDUN, null));
    }

    @Test
    void backlogListsOpenNeedsFirstByMustCountThenOldestFirst() {
        backlog();
        projector.deliver(log.all());

        NeedsBacklog all = backlog(VASTERBOTTEN, null, null, 0, 200);
        // FALLS at 08:00:30 precedes HOME_VISITS at 08:00:30.5 although "…30Z" sorts after "…30.5Z" as text
        assertThat(all.needs()).extracting(NeedView::needId)
                .containsExactly(FALLS, HOME_VISITS, SENSORS, ORAL_HEALTH, NeedId.of("need-closed"));
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.position()).isEqualTo(21);
        assertThat(all.page()).isZero();
        assertThat(all.size()).isEqualTo(200);
    }

    @Test
    void backlogIsPagedOverTheWholeOrder() {
        backlog();
        projector.deliver(log.all());

        assertThat(backlog(VASTERBOTTEN, null, null, 0, 2).needs()).extracting(NeedView::needId)
                .containsExactly(FALLS, HOME_VISITS);
        assertThat(backlog(VASTERBOTTEN, null, null, 1, 2).needs()).extracting(NeedView::needId)
                .containsExactly(SENSORS, ORAL_HEALTH);
        NeedsBacklog last = backlog(VASTERBOTTEN, null, null, 2, 2);
        assertThat(last.needs()).extracting(NeedView::needId).containsExactly(NeedId.of("need-closed"));
        assertThat(last.total()).isEqualTo(5);
        assertThat(last.position()).isEqualTo(21);
        NeedsBacklog beyond = backlog(VASTERBOTTEN, null, null, 3, 2);
        assertThat(beyond.needs()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void backlogCanBeNarrowedToAStatusAndAnOwner() {
        backlog();
        projector.deliver(log.all());

        NeedsBacklog open = backlog(VASTERBOTTEN, OPEN, null, 0, 50);
        assertThat(open.needs()).extracting(NeedView::needId).containsExactly(FALLS, HOME_VISITS, SENSORS, ORAL_HEALTH);
        assertThat(open.total()).isEqualTo(4);
        assertThat(open.position()).isEqualTo(21);

        NeedsBacklog resolved = backlog(VASTERBOTTEN, RESOLVED_INTERNALLY, null, 0, 50);
        assertThat(resolved.needs()).extracting(NeedView::needId).containsExactly(NeedId.of("need-closed"));
        assertThat(resolved.position()).isEqualTo(20);

        NeedsBacklog idun = backlog(VASTERBOTTEN, null, IDUN, 0, 50);
        assertThat(idun.needs()).extracting(NeedView::needId).containsExactly(HOME_VISITS);
        assertThat(idun.total()).isEqualTo(1);

        assertThat(backlog(VASTERBOTTEN, OPEN, IDUN, 0, 50).total()).isEqualTo(1);
        assertThat(backlog(VASTERBOTTEN, HANDED_OVER, null, 0, 50))
                .isEqualTo(new NeedsBacklog(List.of(), 0, 50, 0, 0));
    }

    @Test
    void aNewOwnerMovesTheNeedBetweenOwnerFiltersAndClosingMovesItBehindTheOpenOnes() {
        backlog();
        event(VASTERBOTTEN, HOME_VISITS, new NeedOwnerAssigned(HOME_VISITS, INNOVATION_CENTRE, IDUN));
        event(VASTERBOTTEN, FALLS, new NeedHandedOver(FALLS, "Region Norrbotten", null));
        projector.deliver(log.all());

        assertThat(backlog(VASTERBOTTEN, null, IDUN, 0, 50).total()).isZero();
        assertThat(backlog(VASTERBOTTEN, null, INNOVATION_CENTRE, 0, 50).needs()).extracting(NeedView::needId)
                .containsExactly(HOME_VISITS);
        assertThat(backlog(VASTERBOTTEN, null, null, 0, 50).needs()).extracting(NeedView::needId)
                .containsExactly(HOME_VISITS, SENSORS, ORAL_HEALTH, NeedId.of("need-closed"), FALLS);
    }

    @Test
    void anotherTenantSeesNothingOfIt() {
        backlog();
        projector.deliver(log.all());

        NeedsBacklog stockholm = backlog(STOCKHOLM, null, null, 0, 50);
        assertThat(stockholm.needs()).extracting(NeedView::needId).containsExactly(STOCKHOLM_NEED);
        assertThat(stockholm.total()).isEqualTo(1);
        assertThat(stockholm.position()).isEqualTo(15);
        assertThat(backlog(TenantId.of("region-gotland"), null, null, 0, 50))
                .isEqualTo(new NeedsBacklog(List.of(), 0, 50, 0, 0));
        assertThat(need(STOCKHOLM, FALLS)).isEmpty();
        assertThat(need(VASTERBOTTEN, STOCKHOLM_NEED)).isEmpty();
        assertThat(need(VASTERBOTTEN, NeedId.of("need-unknown"))).isEmpty();
        // another tenant's owner unit does not leak through the filter
        assertThat(backlog(STOCKHOLM, null, IDUN, 0, 50).total()).isZero();
    }

    @Test
    void redeliveryChangesNothing() {
        backlog();
        event(VASTERBOTTEN, FALLS, new NeedLinkedToInitiative(FALLS, AI_SITTER));
        event(VASTERBOTTEN, FALLS, new NeedLinkedToInitiative(FALLS, SENSOR_FLOOR));
        event(VASTERBOTTEN, FALLS, new NeedOwnerAssigned(FALLS, KAROLINSKA, null));
        projector.deliver(log.all());
        NeedsBacklog before = backlog(VASTERBOTTEN, null, null, 0, 50);
        Map<String, ?> documents = MONGO.snapshot(NeedDocument.COLLECTION);

        projector.deliver(log.all());
        projector.deliver(log.all().subList(6, 14)); // an older stretch again after newer events

        assertThat(MONGO.snapshot(NeedDocument.COLLECTION)).isEqualTo(documents);
        assertThat(backlog(VASTERBOTTEN, null, null, 0, 50)).isEqualTo(before);
        assertThat(need(VASTERBOTTEN, FALLS).orElseThrow().initiatives()).containsExactly(AI_SITTER, SENSOR_FLOOR);
    }

    @Test
    void resetEmptiesTheBacklogAndAReplayRebuildsItIdentically() {
        backlog();
        event(VASTERBOTTEN, FALLS, new NeedLinkedToInitiative(FALLS, AI_SITTER));
        event(VASTERBOTTEN, SENSORS, new NeedReferred(SENSORS, "Upphandling", "Innovationsupphandling"));
        projector.deliver(log.all());
        NeedsBacklog vasterbotten = backlog(VASTERBOTTEN, null, null, 0, 50);
        NeedsBacklog stockholm = backlog(STOCKHOLM, null, null, 0, 50);
        Map<String, ?> documents = MONGO.snapshot(NeedDocument.COLLECTION);
        // another projection's collection in the same database must survive the backlog's reset
        MONGO.template().getCollection("missions").insertOne(new org.bson.Document("_id", "mission-x"));

        projector.reset();

        assertThat(MONGO.count(NeedDocument.COLLECTION)).isZero();
        assertThat(MONGO.count("missions")).isEqualTo(1);
        assertThat(backlog(VASTERBOTTEN, null, null, 0, 50).total()).isZero();
        assertThat(need(VASTERBOTTEN, FALLS)).isEmpty();

        projector.replay(log.all());

        assertThat(backlog(VASTERBOTTEN, null, null, 0, 50)).isEqualTo(vasterbotten);
        assertThat(backlog(STOCKHOLM, null, null, 0, 50)).isEqualTo(stockholm);
        assertThat(MONGO.snapshot(NeedDocument.COLLECTION)).isEqualTo(documents);
        assertThat(vasterbotten.needs()).extracting(NeedView::status)
                .containsExactly(OPEN, OPEN, OPEN, RESOLVED_INTERNALLY, REFERRED);
    }

    @Test
    void backlogQueryRefusesNegativePagesAndSizesOutsideOneTo200() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FetchNeedsBacklog(VASTERBOTTEN, null, null, -1, 20))
                .withMessageContaining("page");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FetchNeedsBacklog(VASTERBOTTEN, null, null, 0, 0))
                .withMessageContaining("size");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FetchNeedsBacklog(VASTERBOTTEN, null, null, 0, 201))
                .withMessageContaining("size");
        assertThat(new FetchNeedsBacklog(VASTERBOTTEN, NeedStatus.OPEN, IDUN, 0, 200).size()).isEqualTo(200);
    }

    private Optional<NeedView> need(TenantId tenant, NeedId needId) {
        return projector.query(new FindNeed(tenant, needId), ResponseTypes.optionalInstanceOf(NeedView.class));
    }

    private NeedsBacklog backlog(TenantId tenant, NeedStatus status, OrganisationUnitId owner, int page, int size) {
        return projector.query(new FetchNeedsBacklog(tenant, status, owner, page, size),
                ResponseTypes.instanceOf(NeedsBacklog.class));
    }
}
