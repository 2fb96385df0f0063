package org.innovationledger.query.organisation;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.FetchOrganisationUnits;
import org.innovationledger.kernel.organisation.FindOrganisationUnit;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.kernel.organisation.OrganisationUnitRenamed;
import org.innovationledger.kernel.organisation.OrganisationUnitView;
import org.innovationledger.kernel.organisation.OrganisationUnitView.UnitName;
import org.innovationledger.query.testsupport.EventLog;
import org.innovationledger.query.testsupport.InMemoryMongo;
import org.innovationledger.query.testsupport.Projector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.CLINIC;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.HOSPITAL;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.REGION;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.TESTBED;

class OrganisationUnitProjectionTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId SKANE = TenantId.of("region-skane");
    private static final OrganisationUnitId REGION_SLL = OrganisationUnitId.of("unit-rs");
    private static final OrganisationUnitId KAROLINSKA = OrganisationUnitId.of("unit-karolinska");
    private static final OrganisationUnitId DANDERYD = OrganisationUnitId.of("unit-danderyd");
    private static final OrganisationUnitId CLINIC_GERIATRICS = OrganisationUnitId.of("unit-geriatrics");
    private static final OrganisationUnitId SUS = OrganisationUnitId.of("unit-sus");
    private static final LocalDate TODAY = LocalDate.now();

    private EventLog log;
    private Projector projector;

    @BeforeEach
    void setUp() {
        log = new EventLog(100);
        projector = new Projector(new OrganisationUnitProjection(MONGO.template(), Clock.systemDefaultZone()));
    }

    @Test
    void registeredUnitAppearsWithItsNameKindParentTenantVersionAndPosition() {
        log.unitRegistered(new OrganisationUnitRegistered(REGION_SLL, STOCKHOLM, "Stockholms läns landsting",
                REGION, null, null), "alice");
        log.skip(5);
        TrackedEventMessage<?> hospital = log.unitRegistered(new OrganisationUnitRegistered(KAROLINSKA, STOCKHOLM,
                "Karolinska Universitetssjukhuset", HOSPITAL, REGION_SLL, LocalDate.of(2004, 1, 1)), "alice");
        projector.deliver(log.all());

        assertThat(find(STOCKHOLM, REGION_SLL)).contains(new OrganisationUnitView(REGION_SLL, STOCKHOLM,
                "Stockholms läns landsting", REGION, null, null,
                List.of(new UnitName("Stockholms läns landsting", null)), 0, 100));
        assertThat(find(STOCKHOLM, KAROLINSKA)).contains(new OrganisationUnitView(KAROLINSKA, STOCKHOLM,
                "Karolinska Universitetssjukhuset", HOSPITAL, REGION_SLL, LocalDate.of(2004, 1, 1),
                List.of(new UnitName("Karolinska Universitetssjukhuset", LocalDate.of(2004, 1, 1))), 0, 106));
        assertThat(hospital.trackingToken().position()).hasValue(106);
    }

    @Test
    void pastRenameAddsANameWithItsDateAndIsTodaysName() {
        registerKarolinska();
        LocalDate lastMonth = TODAY.minusMonths(1);
        log.skip(3);
        log.unitRenamed(STOCKHOLM, new OrganisationUnitRenamed(KAROLINSKA, "Karolinska Universitetssjukhuset",
                "Karolinska", lastMonth), "bob");
        projector.deliver(log.all());

        OrganisationUnitView unit = find(STOCKHOLM, KAROLINSKA).orElseThrow();
        assertThat(unit.name()).isEqualTo("Karolinska");
        assertThat(unit.names()).containsExactly(
                new UnitName("Karolinska Universitetssjukhuset", LocalDate.of(2004, 1, 1)),
                new UnitName("Karolinska", lastMonth));
        assertThat(unit.version()).isEqualTo(1);
        assertThat(unit.position()).isEqualTo(104);
        // the rest of the unit is kept
        assertThat(unit.kind()).isEqualTo(HOSPITAL);
        assertThat(unit.parentId()).isEqualTo(REGION_SLL);
        assertThat(unit.establishedOn()).isEqualTo(LocalDate.of(2004, 1, 1));
        assertThat(unit.tenant()).isEqualTo(STOCKHOLM);
    }

    @Test
    void futureRenameIsRecordedButDoesNotChangeTodaysNameYet() {
        registerKarolinska();
        LocalDate nextMonth = TODAY.plusMonths(1);
        log.unitRenamed(STOCKHOLM, new OrganisationUnitRenamed(KAROLINSKA, "Karolinska Universitetssjukhuset",
                "Karolinska", nextMonth), "bob");
        projector.deliver(log.all());

        OrganisationUnitView unit = find(STOCKHOLM, KAROLINSKA).orElseThrow();
        assertThat(unit.name()).isEqualTo("Karolinska Universitetssjukhuset");
        assertThat(unit.names()).containsExactly(
                new UnitName("Karolinska Universitetssjukhuset", LocalDate.of(2004, 1, 1)),
                new UnitName("Karolinska", nextMonth));
        assertThat(unit.version()).isEqualTo(1);
        assertThat(unit.position()).isEqualTo(101);
    }

    @Test
    void renamesAreKeptInDateOrderWhateverOrderTheyArriveIn() {
        registerKarolinska();
        log.unitRenamed(STOCKHOLM, new OrganisationUnitRenamed(KAROLINSKA, "Karolinska Universitetssjukhuset",
                "Nya Karolinska", TODAY.plusYears(1)), "bob");
        log.unitRenamed(STOCKHOLM, new OrganisationUnitRenamed(KAROLINSKA, "Karolinska Universitetssjukhuset",
                "Karolinska", TODAY.minusYears(1)), "bob");
        projector.deliver(log.all());

        OrganisationUnitView unit = find(STOCKHOLM, KAROLINSKA).orElseThrow();
        assertThat(unit.names()).extracting(UnitName::name)
                .containsExactly("Karolinska Universitetssjukhuset", "Karolinska", "Nya Karolinska");
        assertThat(unit.name()).isEqualTo("Karolinska");
        assertThat(unit.version()).isEqualTo(2);
        assertThat(unit.position()).isEqualTo(102);
    }

    @Test
    void redeliveringTheSameEventsChangesNothing() {
        registerKarolinska();
        log.unitRenamed(STOCKHOLM, new OrganisationUnitRenamed(KAROLINSKA, "Karolinska Universitetssjukhuset",
                "Karolinska", TODAY.minusDays(3)), "bob");
        log.unitRegistered(new OrganisationUnitRegistered(DANDERYD, STOCKHOLM, "Danderyds sjukhus", HOSPITAL,
                null, null), "alice");
        projector.deliver(log.all());
        Map<String, ?> before = MONGO.snapshot(OrganisationUnitDocument.COLLECTION);

        projector.deliver(log.all());
        projector.deliver(log.all());

        assertThat(MONGO.snapshot(OrganisationUnitDocument.COLLECTION)).isEqualTo(before);
        assertThat(find(STOCKHOLM, KAROLINSKA).orElseThrow().names()).hasSize(2);
        assertThat(fetch(STOCKHOLM, null)).hasSize(2);
    }

    @Test
    void anOlderPositionAfterANewerOneChangesNothing() {
        registerKarolinska();
        TrackedEventMessage<?> firstRename = log.unitRenamed(STOCKHOLM, new OrganisationUnitRenamed(KAROLINSKA,
                "Karolinska Universitetssjukhuset", "Karolinska", TODAY.minusYears(1)), "bob");
        log.unitRenamed(STOCKHOLM, new OrganisationUnitRenamed(KAROLINSKA, "Karolinska",
                "Karolinska Solna", TODAY.minusDays(1)), "bob");
        projector.deliver(log.all());
        Map<String, ?> before = MONGO.snapshot(OrganisationUnitDocument.COLLECTION);

        projector.deliver(firstRename);
        projector.deliver(log.all().get(0));

        assertThat(MONGO.snapshot(OrganisationUnitDocument.COLLECTION)).isEqualTo(before);
        OrganisationUnitView unit = find(STOCKHOLM, KAROLINSKA).orElseThrow();
        assertThat(unit.name()).isEqualTo("Karolinska Solna");
        assertThat(unit.version()).isEqualTo(2);
        assertThat(unit.position()).isEqualTo(102);
    }

    @Test
    void renameOfAnUnknownUnitIsIgnored() {
        log.unitRenamed(STOCKHOLM, new OrganisationUnitRenamed(KAROLINSKA, "Karolinska Universitetssjukhuset",
                "Karolinska", TODAY), "bob");
        projector.deliver(log.all());

        assertThat(MONGO.count(OrganisationUnitDocument.COLLECTION)).isZero();
    }

    @Test
    void aUnitIsNotFoundFromAnotherTenant() {
        registerKarolinska();
        projector.deliver(log.all());

        assertThat(find(STOCKHOLM, KAROLINSKA)).isPresent();
        assertThat(find(SKANE, KAROLINSKA)).isEmpty();
        assertThat(find(STOCKHOLM, OrganisationUnitId.of("unit-unknown"))).isEmpty();
    }

    @Test
    void fetchFiltersByTenantAndKindInNameOrder() {
        log.unitRegistered(new OrganisationUnitRegistered(REGION_SLL, STOCKHOLM, "Region Stockholm", REGION,
                null, null), "alice");
        log.unitRegistered(new OrganisationUnitRegistered(SUS, SKANE, "Skånes universitetssjukhus", HOSPITAL,
                null, null), "sven");
        log.unitRegistered(new OrganisationUnitRegistered(KAROLINSKA, STOCKHOLM, "Karolinska Universitetssjukhuset",
                HOSPITAL, REGION_SLL, LocalDate.of(2004, 1, 1)), "alice");
        log.unitRegistered(new OrganisationUnitRegistered(CLINIC_GERIATRICS, STOCKHOLM, "Geriatriska kliniken",
                CLINIC, KAROLINSKA, null), "alice");
        log.unitRegistered(new OrganisationUnitRegistered(DANDERYD, STOCKHOLM, "Danderyds sjukhus", HOSPITAL,
                REGION_SLL, null), "alice");
        projector.deliver(log.all());

        assertThat(fetch(STOCKHOLM, null)).extracting(OrganisationUnitView::unitId)
                .containsExactly(DANDERYD, CLINIC_GERIATRICS, KAROLINSKA, REGION_SLL);
        assertThat(fetch(STOCKHOLM, HOSPITAL)).extracting(OrganisationUnitView::unitId)
                .containsExactly(DANDERYD, KAROLINSKA);
        assertThat(fetch(STOCKHOLM, CLINIC)).extracting(OrganisationUnitView::name)
                .containsExactly("Geriatriska kliniken");
        assertThat(fetch(SKANE, HOSPITAL)).extracting(OrganisationUnitView::unitId).containsExactly(SUS);
        assertThat(fetch(SKANE, null)).extracting(OrganisationUnitView::tenant).containsExactly(SKANE);
        assertThat(fetch(STOCKHOLM, TESTBED)).isEmpty();
        assertThat(fetch(TenantId.of("region-gotland"), null)).isEmpty();
    }

    @Test
    void resetEmptiesTheCollectionAndAReplayRebuildsIdenticalDocuments() {
        log.unitRegistered(new OrganisationUnitRegistered(REGION_SLL, STOCKHOLM, "Stockholms läns landsting",
                REGION, null, null), "alice");
        registerKarolinska();
        log.skip(10);
        log.unitRenamed(STOCKHOLM, new OrganisationUnitRenamed(REGION_SLL, "Stockholms läns landsting",
                "Region Stockholm", LocalDate.of(2019, 1, 1)), "bob");
        log.unitRegistered(new OrganisationUnitRegistered(SUS, SKANE, "Skånes universitetssjukhus", HOSPITAL,
                null, LocalDate.of(2010, 1, 1)), "sven");
        log.unitRenamed(STOCKHOLM, new OrganisationUnitRenamed(KAROLINSKA, "Karolinska Universitetssjukhuset",
                "Karolinska", TODAY.plusDays(30)), "bob");
        projector.deliver(log.all());
        Map<String, ?> before = MONGO.snapshot(OrganisationUnitDocument.COLLECTION);
        List<OrganisationUnitView> viewsBefore = fetch(STOCKHOLM, null);
        assertThat(MONGO.count(OrganisationUnitDocument.COLLECTION)).isEqualTo(3);

        projector.reset();

        assertThat(MONGO.count(OrganisationUnitDocument.COLLECTION)).isZero();
        assertThat(fetch(STOCKHOLM, null)).isEmpty();
        assertThat(find(STOCKHOLM, KAROLINSKA)).isEmpty();

        projector.replay(log.all());

        assertThat(MONGO.snapshot(OrganisationUnitDocument.COLLECTION)).isEqualTo(before);
        assertThat(fetch(STOCKHOLM, null)).isEqualTo(viewsBefore);
        assertThat(find(STOCKHOLM, REGION_SLL).orElseThrow().name()).isEqualTo("Region Stockholm");
    }

    /**
     * Two events of one unit that fill a gap late both carry the tracking token's (same, higher) position; the
     * unit's own sequence still tells them apart, so neither is lost.
     */
    @Test
    void twoEventsOfOneUnitDeliveredAtTheSameTokenPositionAreBothApplied() {
        registerKarolinska();
        projector.deliver(log.all());
        GapAwareTrackingToken sameToken = GapAwareTrackingToken.newInstance(40, Collections.emptySet());
        projector.deliver(List.of(
                lateFill(1, new OrganisationUnitRenamed(KAROLINSKA, "Karolinska Universitetssjukhuset", "KS Solna",
                        LocalDate.of(2010, 1, 1)), sameToken),
                lateFill(2, new OrganisationUnitRenamed(KAROLINSKA, "KS Solna", "Karolinska Solna",
                        LocalDate.of(2015, 1, 1)), sameToken)));

        OrganisationUnitView unit = find(STOCKHOLM, KAROLINSKA).orElseThrow();
        assertThat(unit.names()).hasSize(3);
        assertThat(unit.version()).isEqualTo(2);
    }

    private static TrackedEventMessage<?> lateFill(long sequence, Object payload, GapAwareTrackingToken token) {
        return new GenericTrackedDomainEventMessage<>(token, new GenericDomainEventMessage<>("OrganisationUnit",
                KAROLINSKA.value(), sequence, payload, EventLog.metadata("alice", STOCKHOLM)));
    }

    private void registerKarolinska() {
        log.unitRegistered(new OrganisationUnitRegistered(KAROLINSKA, STOCKHOLM, "Karolinska Universitetssjukhuset",
                HOSPITAL, REGION_SLL, LocalDate.of(2004, 1, 1)), "alice");
    }

    private Optional<OrganisationUnitView> find(TenantId tenant, OrganisationUnitId unitId) {
        return projector.query(new FindOrganisationUnit(tenant, unitId),
                ResponseTypes.optionalInstanceOf(OrganisationUnitView.class));
    }

    private List<OrganisationUnitView> fetch(TenantId tenant, OrganisationUnitKind kind) {
        return projector.query(new FetchOrganisationUnits(tenant, kind),
                ResponseTypes.multipleInstancesOf(OrganisationUnitView.class));
    }
}
