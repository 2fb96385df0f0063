package org.innovationledger.query.agreement;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.innovationledger.kernel.agreement.*;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.kernel.organisation.OrganisationUnitRenamed;
import org.innovationledger.kernel.partner.PartnerId;
import org.innovationledger.kernel.partner.PartnerKind;
import org.innovationledger.kernel.partner.PartnerOrganisationRegistered;
import org.innovationledger.kernel.partner.PartnerOrganisationRenamed;
import org.innovationledger.kernel.value.ValueModelId;
import org.innovationledger.kernel.value.ValueModelRef;
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
import static org.innovationledger.kernel.agreement.AgreementPosition.CONTINUE;
import static org.innovationledger.kernel.agreement.AgreementPosition.END;

/** The agreement register fed the events the command side stores, in order, redelivered and replayed. */
class AgreementRegisterProjectionTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private static final TenantId VASTERBOTTEN = TenantId.of("region-vasterbotten");
    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private static final OrganisationUnitId REGION = OrganisationUnitId.of("unit-region");
    private static final OrganisationUnitId CLINIC = OrganisationUnitId.of("unit-innovationsklinik");
    private static final PartnerId MEDTECH = PartnerId.of("partner-medtech");
    private static final PartnerId UNIVERSITY = PartnerId.of("partner-umu");
    private static final InitiativeId FALL = InitiativeId.of("ini-fallprevention");
    private static final InitiativeId HEART = InitiativeId.of("ini-hjartsvikt");
    private static final AgreementId PARTNER_AGREEMENT = AgreementId.forInitiative(FALL, 1);
    private static final AgreementId NDA = AgreementId.of("agreement-nda");
    private static final AgreementId RESEARCH = AgreementId.forInitiative(HEART, 1);
    private static final ValueModelRef VALUE_MODEL = new ValueModelRef(ValueModelId.of("vm-fall"), 2);
    private static final AgreementTerms TERMS = new AgreementTerms(CostPrinciple.EACH_PARTY_OWN_COSTS, null,
            ResultOwnership.JOINT, null, "Gemensam publicering", null, null);

    private EventLog log;
    private Projector projector;

    @BeforeEach
    void setUp() {
        log = new EventLog(500);
        projector = new Projector(new AgreementRegisterProjection(MONGO.template(),
                Clock.fixed(TODAY.atStartOfDay(ZONE).toInstant(), ZONE)));
        log.unitRegistered(new OrganisationUnitRegistered(REGION, VASTERBOTTEN, "Västerbottens läns landsting",
                OrganisationUnitKind.REGION, null, LocalDate.of(1967, 1, 1)), "anna");
        log.unitRenamed(VASTERBOTTEN, new OrganisationUnitRenamed(REGION, "Västerbottens läns landsting",
                "Region Västerbotten", LocalDate.of(2019, 1, 1)), "anna");
        log.unitRegistered(new OrganisationUnitRegistered(CLINIC, VASTERBOTTEN, "Innovationsklinik Skellefteå",
                OrganisationUnitKind.TESTBED, REGION, LocalDate.of(2017, 5, 1)), "anna");
        partner(new PartnerOrganisationRegistered(MEDTECH, VASTERBOTTEN, "Medtech AB", PartnerKind.COMPANY,
                "556012-5790", "SE"));
        partner(new PartnerOrganisationRegistered(UNIVERSITY, VASTERBOTTEN, "Umeå universitet", PartnerKind.ACADEMIA,
                null, "SE"));
    }

    private void partner(Object event) {
        String id = event instanceof PartnerOrganisationRegistered r ? r.partnerId().value()
                : ((PartnerOrganisationRenamed) event).partnerId().value();
        log.append("PartnerOrganisation", id, event, EventLog.metadata("anna", VASTERBOTTEN), null);
    }

    private void agreement(AgreementId id, TenantId tenant, Object event) {
        agreement(id, tenant, event, Map.of());
    }

    private void agreement(AgreementId id, TenantId tenant, Object event, Map<String, ?> metadata) {
        log.append("Agreement", id.value(), event, EventLog.metadata("carl", tenant).mergedWith(metadata), null);
    }

    private static AgreementContent partnerAgreement(LocalDate validUntil, List<FollowUpDate> followUps) {
        return new AgreementContent("Partneravtal sensorbaserad fallprevention", AgreementType.PARTNER,
                List.of(AgreementParty.unit(REGION, "region"), AgreementParty.unit(CLINIC, "testbädd"),
                        AgreementParty.partner(MEDTECH, "företagspartner")),
                VALUE_MODEL, TERMS, followUps, List.of(new Milestone("M1", LocalDate.of(2024, 12, 1), "Halvtid")),
                LocalDate.of(2024, 5, 1), validUntil, "Färre fall med skada");
    }

    private static List<FollowUpDate> followUps() {
        return List.of(new FollowUpDate("F1", LocalDate.of(2024, 3, 1).plusMonths(2)),
                new FollowUpDate("F2", LocalDate.of(2024, 9, 1)), new FollowUpDate("F3", LocalDate.of(2025, 3, 1)));
    }

    /** The partner agreement drafted and signed by all three parties: in force since 2024-04-25. */
    private void partnerAgreementInForce(LocalDate validUntil) {
        agreement(PARTNER_AGREEMENT, VASTERBOTTEN, new AgreementDrafted(PARTNER_AGREEMENT, VASTERBOTTEN, FALL,
                partnerAgreement(validUntil, followUps())));
        agreement(PARTNER_AGREEMENT, VASTERBOTTEN, new AgreementSignedByParty(PARTNER_AGREEMENT, REGION.value(),
                "Regiondirektör", LocalDate.of(2024, 4, 20)));
        agreement(PARTNER_AGREEMENT, VASTERBOTTEN, new AgreementSignedByParty(PARTNER_AGREEMENT, CLINIC.value(),
                "Klinikchef", LocalDate.of(2024, 4, 22)));
        agreement(PARTNER_AGREEMENT, VASTERBOTTEN, new AgreementSignedByParty(PARTNER_AGREEMENT, MEDTECH.value(),
                "VD", LocalDate.of(2024, 4, 25)));
        agreement(PARTNER_AGREEMENT, VASTERBOTTEN, new AgreementInForce(PARTNER_AGREEMENT, LocalDate.of(2024, 4, 25)));
    }

    private void ndaDrafted() {
        agreement(NDA, VASTERBOTTEN, new AgreementDrafted(NDA, VASTERBOTTEN, null, new AgreementContent(
                "Sekretessavtal", AgreementType.NDA, List.of(AgreementParty.unit(REGION, "region"),
                AgreementParty.partner(UNIVERSITY, "akademi")), null, TERMS, List.of(), List.of(),
                LocalDate.of(2024, 2, 1), LocalDate.of(2026, 1, 31), null)));
    }

    private Optional<AgreementView> find(TenantId tenant, AgreementId id) {
        return projector.query(new FindAgreement(tenant, id), ResponseTypes.optionalInstanceOf(AgreementView.class));
    }

    private AgreementRegister register(AgreementStatus status, AgreementType type, PartnerId partner,
                                       InitiativeId initiative, Integer expiringWithinDays, int page, int size) {
        return projector.query(new FetchAgreementRegister(VASTERBOTTEN, status, type, partner, initiative,
                expiringWithinDays, page, size), ResponseTypes.instanceOf(AgreementRegister.class));
    }

    private AgreementRegister all() {
        return register(null, null, null, null, null, 0, 50);
    }

    @Test
    void aDraftShowsItsContentAndPartiesByTodaysNames() {
        agreement(PARTNER_AGREEMENT, VASTERBOTTEN, new AgreementDrafted(PARTNER_AGREEMENT, VASTERBOTTEN, FALL,
                partnerAgreement(LocalDate.of(2025, 12, 31), followUps())));
        projector.deliver(log.all());

        AgreementView view = find(VASTERBOTTEN, PARTNER_AGREEMENT).orElseThrow();
        assertThat(view.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(view.type()).isEqualTo(AgreementType.PARTNER);
        assertThat(view.initiativeId()).isEqualTo(FALL);
        assertThat(view.valueModel()).isEqualTo(VALUE_MODEL);
        assertThat(view.terms()).isEqualTo(TERMS);
        assertThat(view.parties()).extracting(AgreementView.Party::name)
                .containsExactly("Region Västerbotten", "Innovationsklinik Skellefteå", "Medtech AB");
        assertThat(view.parties().get(2).partnerId()).isEqualTo(MEDTECH);
        assertThat(view.parties().get(2).unitId()).isNull();
        assertThat(view.parties()).allSatisfy(party -> assertThat(party.signature()).isNull());
        assertThat(view.followUps()).hasSize(3);
        assertThat(view.nextFollowUp()).as("the first on or after today").isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(view.milestones()).extracting(Milestone::id).containsExactly("M1");
        assertThat(view.validUntil()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(view.inForceSince()).isNull();
        assertThat(view.version()).isZero();
        assertThat(view.position()).isEqualTo(505);
    }

    @Test
    void signaturesShowPerPartyAndTheLastPutsItInForce() {
        partnerAgreementInForce(LocalDate.of(2025, 12, 31));
        projector.deliver(log.all());

        AgreementView view = find(VASTERBOTTEN, PARTNER_AGREEMENT).orElseThrow();
        assertThat(view.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(view.inForceSince()).isEqualTo(LocalDate.of(2024, 4, 25));
        assertThat(view.parties()).extracting(AgreementView.Party::signature).containsExactly(
                new AgreementView.Signature("Regiondirektör", LocalDate.of(2024, 4, 20)),
                new AgreementView.Signature("Klinikchef", LocalDate.of(2024, 4, 22)),
                new AgreementView.Signature("VD", LocalDate.of(2024, 4, 25)));
        assertThat(view.version()).isEqualTo(4);
    }

    @Test
    void aPartnerIsNamedAsItIsCalledTodayAlsoWhenRenamedAfterTheAgreement() {
        partnerAgreementInForce(LocalDate.of(2025, 12, 31));
        partner(new PartnerOrganisationRenamed(MEDTECH, "Medtech AB", "Medtech Nordic AB", TODAY.minusDays(10)));
        partner(new PartnerOrganisationRenamed(MEDTECH, "Medtech Nordic AB", "Medtech Europe AB", TODAY.plusDays(10)));
        projector.deliver(log.all());

        assertThat(find(VASTERBOTTEN, PARTNER_AGREEMENT).orElseThrow().parties().get(2).name())
                .isEqualTo("Medtech Nordic AB");
        AgreementRegister register = all();
        assertThat(register.agreements().get(0).parties().get(2).name()).isEqualTo("Medtech Nordic AB");
        assertThat(register.position()).as("the rename shows, so the register reflects it").isEqualTo(511);
    }

    @Test
    void aRevisedDraftReplacesItsContent() {
        ndaDrafted();
        agreement(NDA, VASTERBOTTEN, new AgreementDraftRevised(NDA, new AgreementContent("Samverkansavtal",
                AgreementType.COLLABORATION, List.of(AgreementParty.unit(CLINIC, "testbädd"),
                AgreementParty.partner(MEDTECH, "företag")), VALUE_MODEL, TERMS,
                List.of(new FollowUpDate("F1", LocalDate.of(2024, 10, 1))), List.of(), LocalDate.of(2024, 3, 1),
                null, "Ny inriktning")));
        projector.deliver(log.all());

        AgreementView view = find(VASTERBOTTEN, NDA).orElseThrow();
        assertThat(view.title()).isEqualTo("Samverkansavtal");
        assertThat(view.type()).isEqualTo(AgreementType.COLLABORATION);
        assertThat(view.parties()).extracting(AgreementView.Party::party)
                .containsExactly(CLINIC.value(), MEDTECH.value());
        assertThat(view.valueModel()).isEqualTo(VALUE_MODEL);
        assertThat(view.validUntil()).isNull();
        assertThat(view.nextFollowUp()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(register(null, null, MEDTECH, null, null, 0, 50).total()).isEqualTo(1);
        assertThat(register(null, null, UNIVERSITY, null, null, 0, 50).total()).isZero();
    }

    @Test
    void anAmendmentChangesWhatItGivesAndIsListedWithItsSignedDocument() {
        partnerAgreementInForce(LocalDate.of(2025, 12, 31));
        agreement(PARTNER_AGREEMENT, VASTERBOTTEN, new AgreementAmended(PARTNER_AGREEMENT, "T1", "Förlängning", null,
                        List.of(new FollowUpDate("F1", LocalDate.of(2026, 3, 1))), null,
                        new ValueModelRef(VALUE_MODEL.id(), 3), LocalDate.of(2026, 6, 30), null),
                Map.of(LedgerMetadata.DOCUMENT_REF, "Tillägg 1 RV 2024-0400"));
        projector.deliver(log.all());

        AgreementView view = find(VASTERBOTTEN, PARTNER_AGREEMENT).orElseThrow();
        assertThat(view.validUntil()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(view.followUps()).extracting(FollowUpDate::date).containsExactly(LocalDate.of(2026, 3, 1));
        assertThat(view.nextFollowUp()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(view.valueModel().version()).isEqualTo(3);
        assertThat(view.terms()).as("kept").isEqualTo(TERMS);
        assertThat(view.milestones()).as("kept").hasSize(1);
        assertThat(view.expectedResults()).as("kept").isEqualTo("Färre fall med skada");
        assertThat(view.amendments()).singleElement().satisfies(amendment -> {
            assertThat(amendment.amendmentId()).isEqualTo("T1");
            assertThat(amendment.documentRef()).isEqualTo("Tillägg 1 RV 2024-0400");
            assertThat(amendment.recordedAt()).isNotNull();
        });
    }

    @Test
    void anEndAtADecisionPointShowsTheDecisionAndTheTermination() {
        partnerAgreementInForce(LocalDate.of(2025, 12, 31));
        List<PartyAgreementPosition> positions = List.of(new PartyAgreementPosition(REGION.value(), CONTINUE),
                new PartyAgreementPosition(CLINIC.value(), CONTINUE), new PartyAgreementPosition(MEDTECH.value(), END));
        agreement(PARTNER_AGREEMENT, VASTERBOTTEN, new AgreementDecisionPointRecorded(PARTNER_AGREEMENT, "M1",
                positions, END, LocalDate.of(2024, 12, 2), "Otillräckligt värde"));
        agreement(PARTNER_AGREEMENT, VASTERBOTTEN, new AgreementTerminated(PARTNER_AGREEMENT,
                List.of(MEDTECH.value()), "ended at M1", LocalDate.of(2024, 12, 2), "M1"));
        projector.deliver(log.all());

        AgreementView view = find(VASTERBOTTEN, PARTNER_AGREEMENT).orElseThrow();
        assertThat(view.status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(view.decisionPoints()).containsExactly(new AgreementView.DecisionPoint("M1", positions, END,
                LocalDate.of(2024, 12, 2), "Otillräckligt värde"));
        assertThat(view.termination()).isEqualTo(new AgreementView.Termination(List.of(MEDTECH.value()),
                "ended at M1", LocalDate.of(2024, 12, 2), "M1"));
        assertThat(view.version()).isEqualTo(6);
    }

    @Test
    void anExpiredAgreementShowsAsExpired() {
        partnerAgreementInForce(LocalDate.of(2024, 6, 1));
        agreement(PARTNER_AGREEMENT, VASTERBOTTEN, new AgreementExpired(PARTNER_AGREEMENT, LocalDate.of(2024, 6, 1)));
        projector.deliver(log.all());

        assertThat(find(VASTERBOTTEN, PARTNER_AGREEMENT).orElseThrow().status()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(find(VASTERBOTTEN, PARTNER_AGREEMENT).orElseThrow().nextFollowUp()).isNull();
    }

    @Test
    void aWithdrawnDraftShowsAsWithdrawn() {
        ndaDrafted();
        agreement(NDA, VASTERBOTTEN, new AgreementDraftWithdrawn(NDA, LocalDate.of(2024, 3, 1)));
        projector.deliver(log.all());

        assertThat(find(VASTERBOTTEN, NDA).orElseThrow().status()).isEqualTo(AgreementStatus.WITHDRAWN);
    }

    @Test
    void theRegisterFiltersAndCountsOverEverythingThatMatches() {
        partnerAgreementInForce(TODAY.plusDays(20));
        ndaDrafted();
        agreement(RESEARCH, VASTERBOTTEN, new AgreementDrafted(RESEARCH, VASTERBOTTEN, HEART, new AgreementContent(
                "Samverkan hjärtsvikt", AgreementType.COLLABORATION, List.of(AgreementParty.unit(REGION, "region"),
                AgreementParty.partner(UNIVERSITY, "akademi"), AgreementParty.partner(MEDTECH, "företag")), null,
                TERMS, List.of(), List.of(), LocalDate.of(2024, 6, 1), TODAY.plusDays(5), null)));
        agreement(RESEARCH, VASTERBOTTEN, new AgreementSignedByParty(RESEARCH, REGION.value(), "R", TODAY));
        agreement(RESEARCH, VASTERBOTTEN, new AgreementSignedByParty(RESEARCH, UNIVERSITY.value(), "U", TODAY));
        agreement(RESEARCH, VASTERBOTTEN, new AgreementSignedByParty(RESEARCH, MEDTECH.value(), "M", TODAY));
        agreement(RESEARCH, VASTERBOTTEN, new AgreementInForce(RESEARCH, TODAY));
        AgreementId foreign = AgreementId.of("agreement-stockholm");
        agreement(foreign, STOCKHOLM, new AgreementDrafted(foreign, STOCKHOLM, null, new AgreementContent("Annan region",
                AgreementType.NDA, List.of(AgreementParty.unit(OrganisationUnitId.of("unit-sll"), "region"),
                AgreementParty.partner(MEDTECH, "företag")), null, TERMS, List.of(), List.of(),
                LocalDate.of(2024, 1, 1), null, null)));
        projector.deliver(log.all());

        AgreementRegister everything = all();
        assertThat(everything.total()).as("the caller's region only").isEqualTo(3);
        assertThat(everything.agreements()).extracting(AgreementView::agreementId).as("newest validity first")
                .containsExactly(RESEARCH, PARTNER_AGREEMENT, NDA);
        assertThat(everything.byStatus()).containsExactly(
                new AgreementRegister.StatusCount(AgreementStatus.DRAFT, 1),
                new AgreementRegister.StatusCount(AgreementStatus.IN_FORCE, 2),
                new AgreementRegister.StatusCount(AgreementStatus.TERMINATED, 0),
                new AgreementRegister.StatusCount(AgreementStatus.EXPIRED, 0),
                new AgreementRegister.StatusCount(AgreementStatus.WITHDRAWN, 0));
        assertThat(everything.byType()).contains(new AgreementRegister.TypeCount(AgreementType.PARTNER, 1),
                new AgreementRegister.TypeCount(AgreementType.NDA, 1),
                new AgreementRegister.TypeCount(AgreementType.COLLABORATION, 1),
                new AgreementRegister.TypeCount(AgreementType.TESTBED, 0)).hasSize(AgreementType.values().length);
        assertThat(everything.today()).isEqualTo(TODAY);

        assertThat(register(AgreementStatus.IN_FORCE, null, null, null, null, 0, 50).agreements())
                .extracting(AgreementView::agreementId).containsExactly(RESEARCH, PARTNER_AGREEMENT);
        assertThat(register(null, AgreementType.NDA, null, null, null, 0, 50).agreements())
                .extracting(AgreementView::agreementId).containsExactly(NDA);
        AgreementRegister medtech = register(null, null, MEDTECH, null, null, 0, 50);
        assertThat(medtech.agreements()).extracting(AgreementView::agreementId)
                .containsExactly(RESEARCH, PARTNER_AGREEMENT);
        assertThat(medtech.byStatus()).contains(new AgreementRegister.StatusCount(AgreementStatus.IN_FORCE, 2));
        assertThat(register(null, null, null, FALL, null, 0, 50).agreements())
                .extracting(AgreementView::agreementId).containsExactly(PARTNER_AGREEMENT);

        assertThat(register(null, null, null, null, 10, 0, 50).agreements()).as("expiring within 10 days")
                .extracting(AgreementView::agreementId).containsExactly(RESEARCH);
        assertThat(register(null, null, null, null, 30, 0, 50).agreements()).as("the draft does not expire")
                .extracting(AgreementView::agreementId).containsExactly(RESEARCH, PARTNER_AGREEMENT);
        assertThat(register(AgreementStatus.DRAFT, null, null, null, 3650, 0, 50).total()).isZero();

        AgreementRegister secondPage = register(null, null, null, null, null, 1, 2);
        assertThat(secondPage.agreements()).extracting(AgreementView::agreementId).containsExactly(NDA);
        assertThat(secondPage.total()).isEqualTo(3);
        assertThat(secondPage.byStatus()).as("counts cover every page")
                .contains(new AgreementRegister.StatusCount(AgreementStatus.IN_FORCE, 2));

        assertThat(find(STOCKHOLM, PARTNER_AGREEMENT)).as("another region's agreement").isEmpty();
        assertThat(find(STOCKHOLM, foreign).orElseThrow().parties().get(0).name())
                .as("a party the register has no name for keeps its id").isEqualTo("unit-sll");
    }

    @Test
    void redeliveryChangesNothingAndAReplayRebuildsTheSame() {
        partnerAgreementInForce(LocalDate.of(2025, 12, 31));
        ndaDrafted();
        agreement(PARTNER_AGREEMENT, VASTERBOTTEN, new AgreementAmended(PARTNER_AGREEMENT, "T1", "Förlängning", null,
                null, null, null, LocalDate.of(2026, 6, 30), null), Map.of(LedgerMetadata.DOCUMENT_REF, "Tillägg 1"));
        agreement(PARTNER_AGREEMENT, VASTERBOTTEN, new AgreementDecisionPointRecorded(PARTNER_AGREEMENT, "M1",
                List.of(new PartyAgreementPosition(REGION.value(), CONTINUE)), CONTINUE, LocalDate.of(2024, 12, 2),
                null));
        partner(new PartnerOrganisationRenamed(MEDTECH, "Medtech AB", "Medtech Nordic AB", TODAY.minusDays(1)));
        projector.deliver(log.all());
        Map<String, ?> before = MONGO.snapshot(AgreementDocument.COLLECTION, PartyNameDocument.COLLECTION);

        projector.deliver(log.all());
        projector.deliver(log.all().subList(5, 12));
        assertThat(MONGO.snapshot(AgreementDocument.COLLECTION, PartyNameDocument.COLLECTION)).isEqualTo(before);
        assertThat(find(VASTERBOTTEN, PARTNER_AGREEMENT).orElseThrow().amendments()).hasSize(1);
        assertThat(find(VASTERBOTTEN, PARTNER_AGREEMENT).orElseThrow().decisionPoints()).hasSize(1);

        projector.reset();
        assertThat(MONGO.count(AgreementDocument.COLLECTION)).isZero();
        assertThat(MONGO.count(PartyNameDocument.COLLECTION)).isZero();
        projector.replay(log.all());
        assertThat(MONGO.snapshot(AgreementDocument.COLLECTION, PartyNameDocument.COLLECTION)).isEqualTo(before);
    }
}
