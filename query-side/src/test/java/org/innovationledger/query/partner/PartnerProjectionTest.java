package org.innovationledger.query.partner;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.partner.FetchPartnerOrganisations;
import org.innovationledger.kernel.partner.FindPartnerOrganisation;
import org.innovationledger.kernel.partner.PartnerId;
import org.innovationledger.kernel.partner.PartnerKind;
import org.innovationledger.kernel.partner.PartnerOrganisationRegistered;
import org.innovationledger.kernel.partner.PartnerOrganisationRenamed;
import org.innovationledger.kernel.partner.PartnerOrganisationView;
import org.innovationledger.kernel.partner.PartnerOrganisationView.PartnerName;
import org.innovationledger.query.testsupport.EventLog;
import org.innovationledger.query.testsupport.InMemoryMongo;
import org.innovationledger.query.testsupport.Projector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerProjectionTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private static final TenantId VASTERBOTTEN = TenantId.of("region-vasterbotten");
    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final PartnerId MEDTECH = PartnerId.forOrganisationNumber(VASTERBOTTEN, "SE", "556012-5790");
    private static final PartnerId UNIVERSITY = PartnerId.of("partner-umu");
    private static final PartnerId KOMMUN = PartnerId.of("partner-skelleftea");
    private static final PartnerId FOREIGN = PartnerId.of("partner-stockholm");

    private EventLog log;
    private Projector projector;

    @BeforeEach
    void setUp() {
        log = new EventLog(40);
        projector = new Projector(new PartnerProjection(MONGO.template(),
                Clock.fixed(TODAY.atStartOfDay(ZONE).toInstant(), ZONE)));
    }

    private void registered(PartnerId id, TenantId tenant, String name, PartnerKind kind, String number) {
        log.append("PartnerOrganisation", id.value(), new PartnerOrganisationRegistered(id, tenant, name, kind, number,
                "SE"), EventLog.metadata("anna", tenant), null);
    }

    private void renamed(PartnerId id, TenantId tenant, String from, String to, LocalDate on) {
        log.append("PartnerOrganisation", id.value(), new PartnerOrganisationRenamed(id, from, to, on),
                EventLog.metadata("anna", tenant), null);
    }

    private Optional<PartnerOrganisationView> find(TenantId tenant, PartnerId id) {
        return projector.query(new FindPartnerOrganisation(tenant, id),
                ResponseTypes.optionalInstanceOf(PartnerOrganisationView.class));
    }

    private List<PartnerOrganisationView> list(TenantId tenant, PartnerKind kind) {
        return projector.query(new FetchPartnerOrganisations(tenant, kind),
                ResponseTypes.multipleInstancesOf(PartnerOrganisationView.class));
    }

    @Test
    void aRegisteredPartnerAppearsWithNumberCountryKindVersionAndPosition() {
        registered(MEDTECH, VASTERBOTTEN, "Medtech AB", PartnerKind.COMPANY, "556012-5790");
        projector.deliver(log.all());

        assertThat(find(VASTERBOTTEN, MEDTECH)).contains(new PartnerOrganisationView(MEDTECH, VASTERBOTTEN,
                "Medtech AB", PartnerKind.COMPANY, "556012-5790", "SE", List.of(new PartnerName("Medtech AB", null)),
                0, 40));
    }

    @Test
    void aPastRenameIsTodaysNameAFutureOneNotYet() {
        registered(MEDTECH, VASTERBOTTEN, "Medtech AB", PartnerKind.COMPANY, "556012-5790");
        renamed(MEDTECH, VASTERBOTTEN, "Medtech AB", "Medtech Nordic AB", TODAY.minusMonths(1));
        renamed(MEDTECH, VASTERBOTTEN, "Medtech Nordic AB", "Medtech Europe AB", TODAY.plusMonths(1));
        projector.deliver(log.all());

        PartnerOrganisationView partner = find(VASTERBOTTEN, MEDTECH).orElseThrow();
        assertThat(partner.name()).isEqualTo("Medtech Nordic AB");
        assertThat(partner.names()).extracting(PartnerName::name)
                .containsExactly("Medtech AB", "Medtech Nordic AB", "Medtech Europe AB");
        assertThat(partner.version()).isEqualTo(2);
        assertThat(partner.position()).isEqualTo(42);
    }

    @Test
    void eachRegionSeesItsOwnRegisterByTodaysNamesOptionallyOfOneKind() {
        registered(UNIVERSITY, VASTERBOTTEN, "Umeå universitet", PartnerKind.ACADEMIA, null);
        registered(KOMMUN, VASTERBOTTEN, "Skellefteå kommun", PartnerKind.MUNICIPALITY, null);
        registered(MEDTECH, VASTERBOTTEN, "Medtech AB", PartnerKind.COMPANY, "556012-5790");
        registered(FOREIGN, STOCKHOLM, "Stockholmsbolaget AB", PartnerKind.COMPANY, null);
        projector.deliver(log.all());

        assertThat(list(VASTERBOTTEN, null)).extracting(PartnerOrganisationView::name)
                .containsExactly("Medtech AB", "Skellefteå kommun", "Umeå universitet");
        assertThat(list(VASTERBOTTEN, PartnerKind.COMPANY)).extracting(PartnerOrganisationView::partnerId)
                .containsExactly(MEDTECH);
        assertThat(find(STOCKHOLM, MEDTECH)).as("another region's partner").isEmpty();
        assertThat(list(STOCKHOLM, null)).extracting(PartnerOrganisationView::partnerId).containsExactly(FOREIGN);
    }

    @Test
    void redeliveryChangesNothingAndAReplayRebuildsTheSame() {
        registered(MEDTECH, VASTERBOTTEN, "Medtech AB", PartnerKind.COMPANY, "556012-5790");
        renamed(MEDTECH, VASTERBOTTEN, "Medtech AB", "Medtech Nordic AB", TODAY.minusMonths(1));
        registered(UNIVERSITY, VASTERBOTTEN, "Umeå universitet", PartnerKind.ACADEMIA, null);
        projector.deliver(log.all());
        Map<String, ?> before = MONGO.snapshot(PartnerDocument.COLLECTION);

        projector.deliver(log.all());
        assertThat(MONGO.snapshot(PartnerDocument.COLLECTION)).isEqualTo(before);

        projector.reset();
        assertThat(MONGO.count(PartnerDocument.COLLECTION)).isZero();
        projector.replay(log.all());
        assertThat(MONGO.snapshot(PartnerDocument.COLLECTION)).isEqualTo(before);
    }
}
