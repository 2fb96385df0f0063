package org.innovationledger.query.mission;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.mission.FetchMissions;
import org.innovationledger.kernel.mission.FindMission;
import org.innovationledger.kernel.mission.MissionDefined;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.mission.MissionRenamed;
import org.innovationledger.kernel.mission.MissionView;
import org.innovationledger.kernel.mission.ProgrammeAreasPrioritised;
import org.innovationledger.query.testsupport.EventLog;
import org.innovationledger.query.testsupport.InMemoryMongo;
import org.innovationledger.query.testsupport.Projector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Fed Region Hovedstaden's three innovation missions (Innovationsmissioner – en fælles retning for innovation). */
class MissionProjectionTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private static final String MISSION_AGGREGATE = "Mission";
    private static final TenantId HOVEDSTADEN = TenantId.of("region-hovedstaden");
    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");

    private static final MissionId HEALTH = MissionId.of("mission-health-where-you-are");
    private static final MissionId WORKPLACE = MissionId.of("mission-workplace");
    private static final MissionId PERSONAL = MissionId.of("mission-personal-medicine");
    private static final MissionId STOCKHOLM_MISSION = MissionId.of("mission-stockholm");

    private static final String HEALTH_TITLE = "Sundhed, hvor du er";
    private static final String HEALTH_AMBITION = "Borgeren oplever et sundhedsvæsen, der er nært, tilgængeligt og"
            + " smidigt.";
    private static final String HEALTH_CHALLENGE = "Borgeren skal i dag ofte fysisk ind til sundhedsvæsnets for"
            + " undersøgelser, kontrol og behandling.";
    private static final String WORKPLACE_TITLE = "En bæredygtig og attraktiv arbejdsplads";
    private static final String WORKPLACE_TOC_TITLE = "Et bæredygtigt og attraktiv sundhedsvæsen";
    private static final String WORKPLACE_AMBITION = "En bæredygtig og attraktiv arbejdsplads, hvor unødvendig"
            + " diagnostik og behandling er afviklet.";
    private static final String WORKPLACE_CHALLENGE = "Et betydeligt antal konsultationer, undersøgelser og"
            + " ambulatoriebesøg skaber ikke værdi for patienten.";
    private static final String PERSONAL_TITLE = "Når du bliver syg – personlig diagnostik og medicin";
    private static final String PERSONAL_AMBITION = "Der er udviklet og udbredt nye, effektive behandlinger – både"
            + " til de mange og de få.";
    private static final String PERSONAL_CHALLENGE = "Patienter får stadig behandlinger, der virker for de fleste –"
            + " ikke nødvendigvis for dem.";
    private static final List<String> HEALTH_AREAS = List.of("Patientnær monitorering og prøvetagning",
            "Data på tværs af hospitaler og sektorer", "Nye økonomimodeller");
    private static final List<String> WORKPLACE_AREAS = List.of("Afvikling – fjern det unødige",
            "Fremtidens ambulatorium");

    private EventLog log;
    private Projector projector;

    @BeforeEach
    void setUp() {
        log = new EventLog(40);
        projector = new Projector(new MissionProjection(MONGO.template()));
    }

    private TrackedEventMessage<?> event(TenantId tenant, MissionId missionId, Object payload) {
        return log.append(MISSION_AGGREGATE, missionId.value(), payload, EventLog.metadata("mette", tenant), null);
    }

    /**
     * Positions 40-49: the three missions (the workplace mission first under its table-of-contents title),
     * Stockholm's own at 43, then renames and programme areas.
     */
    private void missions() {
        event(HOVEDSTADEN, HEALTH, new MissionDefined(HEALTH, HOVEDSTADEN, HEALTH_TITLE, HEALTH_AMBITION,
                HEALTH_CHALLENGE));
        event(HOVEDSTADEN, WORKPLACE, new MissionDefined(WORKPLACE, HOVEDSTADEN, WORKPLACE_TOC_TITLE,
                WORKPLACE_AMBITION, WORKPLACE_CHALLENGE));
        event(HOVEDSTADEN, PERSONAL, new MissionDefined(PERSONAL, HOVEDSTADEN, PERSONAL_TITLE, PERSONAL_AMBITION,
                PERSONAL_CHALLENGE));
        event(STOCKHOLM, STOCKHOLM_MISSION, new MissionDefined(STOCKHOLM_MISSION, STOCKHOLM, "Vård nära dig",
                "Mer vård i hemmet", null));
        event(HOVEDSTADEN, WORKPLACE, new MissionRenamed(WORKPLACE, WORKPLACE_TOC_TITLE, WORKPLACE_TITLE));
        event(HOVEDSTADEN, HEALTH, new ProgrammeAreasPrioritised(HEALTH, HEALTH_AREAS));
        log.skip(2);
        event(HOVEDSTADEN, WORKPLACE, new ProgrammeAreasPrioritised(WORKPLACE, WORKPLACE_AREAS));
        event(HOVEDSTADEN, HEALTH, new ProgrammeAreasPrioritised(HEALTH,
                List.of(HEALTH_AREAS.get(1), HEALTH_AREAS.get(0))));
    }

    @Test
    void definedMissionAppearsWithAmbitionAndChallengeAndNoAreasYet() {
        event(HOVEDSTADEN, PERSONAL, new MissionDefined(PERSONAL, HOVEDSTADEN, PERSONAL_TITLE, PERSONAL_AMBITION,
                PERSONAL_CHALLENGE));
        projector.deliver(log.all());

        assertThat(mission(HOVEDSTADEN, PERSONAL)).contains(new MissionView(PERSONAL, HOVEDSTADEN, PERSONAL_TITLE,
                PERSONAL_AMBITION, PERSONAL_CHALLENGE, List.of(), List.of(), 0, 40));
    }

    @Test
    void renamesKeepTheFormerTitlesOldestFirst() {
        missions();
        event(HOVEDSTADEN, WORKPLACE, new MissionRenamed(WORKPLACE, WORKPLACE_TITLE, "Arbejdspladsen"));
        projector.deliver(log.all());

        MissionView workplace = mission(HOVEDSTADEN, WORKPLACE).orElseThrow();
        assertThat(workplace.title()).isEqualTo("Arbejdspladsen");
        assertThat(workplace.formerTitles()).containsExactly(WORKPLACE_TOC_TITLE, WORKPLACE_TITLE);
        assertThat(workplace.version()).isEqualTo(3);
        assertThat(workplace.position()).isEqualTo(50);
    }

    @Test
    void programmeAreasAreReplacedInTheirNewOrder() {
        missions();
        projector.deliver(log.all());

        assertThat(mission(HOVEDSTADEN, HEALTH)).contains(new MissionView(HEALTH, HOVEDSTADEN, HEALTH_TITLE,
                HEALTH_AMBITION, HEALTH_CHALLENGE, List.of(HEALTH_AREAS.get(1), HEALTH_AREAS.get(0)), List.of(), 2, 49));
        assertThat(mission(HOVEDSTADEN, WORKPLACE)).contains(new MissionView(WORKPLACE, HOVEDSTADEN, WORKPLACE_TITLE,
                WORKPLACE_AMBITION, WORKPLACE_CHALLENGE, WORKPLACE_AREAS, List.of(WORKPLACE_TOC_TITLE), 2, 48));
    }

    @Test
    void missionsAreListedInTheOrderTheyWereDefined() {
        missions();
        projector.deliver(log.all());

        assertThat(missions(HOVEDSTADEN)).extracting(MissionView::title)
                .containsExactly(HEALTH_TITLE, WORKPLACE_TITLE, PERSONAL_TITLE);
    }

    @Test
    void anotherTenantSeesNothingOfThem() {
        missions();
        projector.deliver(log.all());

        assertThat(missions(STOCKHOLM)).containsExactly(new MissionView(STOCKHOLM_MISSION, STOCKHOLM,
                "Vård nära dig", "Mer vård i hemmet", null, List.of(), List.of(), 0, 43));
        assertThat(missions(TenantId.of("region-gotland"))).isEmpty();
        assertThat(mission(STOCKHOLM, HEALTH)).isEmpty();
        assertThat(mission(HOVEDSTADEN, STOCKHOLM_MISSION)).isEmpty();
        assertThat(mission(HOVEDSTADEN, MissionId.of("mission-unknown"))).isEmpty();
    }

    @Test
    void redeliveryChangesNothing() {
        missions();
        projector.deliver(log.all());
        List<MissionView> before = missions(HOVEDSTADEN);
        Map<String, ?> documents = MONGO.snapshot(MissionDocument.COLLECTION);

        projector.deliver(log.all());
        projector.deliver(log.all().subList(4, 7)); // the rename and older areas again after newer events

        assertThat(MONGO.snapshot(MissionDocument.COLLECTION)).isEqualTo(documents);
        assertThat(missions(HOVEDSTADEN)).isEqualTo(before);
        assertThat(mission(HOVEDSTADEN, WORKPLACE).orElseThrow().formerTitles()).containsExactly(WORKPLACE_TOC_TITLE);
    }

    @Test
    void resetEmptiesTheMissionsAndAReplayRebuildsThemIdentically() {
        missions();
        projector.deliver(log.all());
        List<MissionView> hovedstaden = missions(HOVEDSTADEN);
        List<MissionView> stockholm = missions(STOCKHOLM);
        Map<String, ?> documents = MONGO.snapshot(MissionDocument.COLLECTION);
        // another projection's collection in the same database must survive the missions' reset
        MONGO.template().getCollection("needs").insertOne(new org.bson.Document("_id", "need-x"));

        projector.reset();

        assertThat(MONGO.count(MissionDocument.COLLECTION)).isZero();
        assertThat(MONGO.count("needs")).isEqualTo(1);
        assertThat(missions(HOVEDSTADEN)).isEmpty();

        projector.replay(log.all());

        assertThat(missions(HOVEDSTADEN)).isEqualTo(hovedstaden);
        assertThat(missions(STOCKHOLM)).isEqualTo(stockholm);
        assertThat(MONGO.snapshot(MissionDocument.COLLECTION)).isEqualTo(documents);
        assertThat(hovedstaden).hasSize(3);
    }

    private Optional<MissionView> mission(TenantId tenant, MissionId missionId) {
        return projector.query(new FindMission(tenant, missionId), ResponseTypes.optionalInstanceOf(MissionView.class));
    }

    private List<MissionView> missions(TenantId tenant) {
        return projector.query(new FetchMissions(tenant), ResponseTypes.multipleInstancesOf(MissionView.class));
    }
}
