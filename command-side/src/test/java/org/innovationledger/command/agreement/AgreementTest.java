package org.innovationledger.command.agreement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.innovationledger.command.infra.LedgerCalendar;
import org.innovationledger.command.initiative.InitiativeDirectory;
import org.innovationledger.command.organisation.InMemoryOrganisationUnitDirectory;
import org.innovationledger.command.partner.InMemoryPartnerDirectory;
import org.innovationledger.command.value.ValueModelCatalogue;
import org.innovationledger.kernel.agreement.*;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.partner.PartnerId;
import org.innovationledger.kernel.value.ValueModelDefinition;
import org.innovationledger.kernel.value.ValueModelId;
import org.innovationledger.kernel.value.ValueModelRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.containsString;
import static org.innovationledger.command.RuleViolationMatchers.violatesRule;
import static org.innovationledger.kernel.agreement.AgreementPosition.CONTINUE;
import static org.innovationledger.kernel.agreement.AgreementPosition.END;
import static org.innovationledger.kernel.agreement.AgreementPosition.RE_EVALUATE;

/** Every rule of an agreement's life, each by its rule code. */
class AgreementTest {

    private static final TenantId VASTERBOTTEN = TenantId.of("region-vasterbotten");
    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");

    private static final OrganisationUnitId REGION = OrganisationUnitId.of("unit-region-vasterbotten");
    private static final OrganisationUnitId CLINIC = OrganisationUnitId.of("unit-innovationsklinik");
    private static final OrganisationUnitId FOREIGN_UNIT = OrganisationUnitId.of("unit-karolinska");
    private static final PartnerId MEDTECH = PartnerId.of("partner-medtech");
    private static final PartnerId UNIVERSITY = PartnerId.of("partner-umea-universitet");
    private static final PartnerId FOREIGN_PARTNER = PartnerId.of("partner-stockholm-only");
    private static final InitiativeId INITIATIVE = InitiativeId.of("ini-fallprevention");
    private static final InitiativeId FOREIGN_INITIATIVE = InitiativeId.of("ini-stockholm");
    private static final AgreementId ID = AgreementId.forInitiative(INITIATIVE, 1);
    private static final ValueModelRef VALUE_MODEL = new ValueModelRef(ValueModelId.of("vm-fallprevention"), 2);

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
    private static final LocalDate VALID_FROM = LocalDate.of(2024, 5, 1);
    private static final LocalDate VALID_UNTIL = LocalDate.of(2025, 12, 31);
    private static final List<FollowUpDate> FOLLOW_UPS = List.of(new FollowUpDate("F1", LocalDate.of(2024, 9, 1)),
            new FollowUpDate("F2", LocalDate.of(2025, 3, 1)));
    private static final List<Milestone> MILESTONES = List.of(new Milestone("M1", LocalDate.of(2024, 12, 1),
            "Halvtidsavstämning: fortsätta, ompröva eller avsluta"));
    private static final AgreementTerms TERMS = new AgreementTerms(CostPrinciple.EACH_PARTY_OWN_COSTS, null,
            ResultOwnership.JOINT, null, "Parterna publicerar gemensamt efter avslutad testfas", null, null);

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agreement.class);
        fixture.registerInjectableResource(new InMemoryOrganisationUnitDirectory()
                .add(REGION, VASTERBOTTEN, OrganisationUnitKind.REGION)
                .add(CLINIC, VASTERBOTTEN, OrganisationUnitKind.TESTBED)
                .add(FOREIGN_UNIT, STOCKHOLM, OrganisationUnitKind.HOSPITAL));
        fixture.registerInjectableResource(new InMemoryPartnerDirectory()
                .add(MEDTECH, VASTERBOTTEN)
                .add(UNIVERSITY, VASTERBOTTEN)
                .add(FOREIGN_PARTNER, STOCKHOLM));
        Map<InitiativeId, TenantId> initiatives = Map.of(INITIATIVE, VASTERBOTTEN, FOREIGN_INITIATIVE, STOCKHOLM);
        fixture.registerInjectableResource((InitiativeDirectory) id -> Optional.ofNullable(initiatives.get(id)));
        fixture.registerInjectableResource(new ValueModelCatalogue() {
            @Override
            public Optional<ValueModelDefinition> find(TenantId tenant, ValueModelRef ref) {
                return Optional.empty();
            }

            @Override
            public boolean exists(TenantId tenant, ValueModelRef ref) {
                return tenant.equals(VASTERBOTTEN) && ref.equals(VALUE_MODEL);
            }
        });
        fixture.registerInjectableResource((AgreementIds) initiative -> AgreementId.forInitiative(initiative, 1));
        fixture.registerInjectableResource(LedgerCalendar.fixed(TODAY));
    }

    private static Map<String, Object> metaData(TenantId tenant) {
        return Map.of(LedgerMetadata.TENANT, tenant.value(),
                LedgerMetadata.PRINCIPAL, "anna.andersson",
                LedgerMetadata.ROLE, "PORTFOLIO_MANAGER",
                LedgerMetadata.REASON, "Förhandlat i STEG 3",
                LedgerMetadata.DOCUMENT_REF, "RV 2024-0311");
    }

    private static Map<String, Object> vasterbotten() {
        return metaData(VASTERBOTTEN);
    }

    private static AgreementContent content(List<AgreementParty> parties, List<FollowUpDate> followUps,
                                            List<Milestone> milestones, LocalDate validFrom, LocalDate validUntil) {
        return new AgreementContent("Partneravtal sensorbaserad fallprevention", AgreementType.PARTNER, parties,
                VALUE_MODEL, TERMS, followUps, milestones, validFrom, validUntil, "Färre fall med skada");
    }

    private static List<AgreementParty> twoParties() {
        return List.of(AgreementParty.unit(REGION, "region"), AgreementParty.partner(MEDTECH, "företagspartner"));
    }

    private static AgreementContent content() {
        return content(twoParties(), FOLLOW_UPS, MILESTONES, VALID_FROM, VALID_UNTIL);
    }

    private static AgreementContent withParties(AgreementParty... parties) {
        return content(List.of(parties), FOLLOW_UPS, MILESTONES, VALID_FROM, VALID_UNTIL);
    }

    private static AgreementDrafted drafted() {
        return new AgreementDrafted(ID, VASTERBOTTEN, INITIATIVE, content());
    }

    private static AgreementSignedByParty signedBy(Object party, LocalDate on) {
        return new AgreementSignedByParty(ID, party.toString(), "Firmatecknare " + party, on);
    }

    /** Drafted (0), signed by the region (1) and the company (2), in force (3). */
    private static Object[] inForce() {
        return new Object[]{drafted(), signedBy(REGION, LocalDate.of(2024, 4, 20)),
                signedBy(MEDTECH, LocalDate.of(2024, 4, 25)), new AgreementInForce(ID, LocalDate.of(2024, 4, 25))};
    }

    private static List<PartyAgreementPosition> positions(AgreementPosition region, AgreementPosition company) {
        return List.of(new PartyAgreementPosition(REGION.value(), region),
                new PartyAgreementPosition(MEDTECH.value(), company));
    }

    @Nested
    class Draft {

        @Test
        void aDraftForAnInitiativeGetsTheInitiativesNextAgreementIdInTheCallersRegion() {
            fixture.givenNoPriorActivity()
                    .when(new DraftAgreement(INITIATIVE, content()), vasterbotten())
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(ID.value())
                    .expectEvents(drafted());
        }

        @Test
        void aDraftWithoutInitiativeGetsANewId() {
            fixture.givenNoPriorActivity()
                    .when(new DraftAgreement(null, content()), vasterbotten())
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            Matchers.<Object>predicate(e -> e instanceof AgreementDrafted d && d.initiativeId() == null
                                    && d.agreementId().value().startsWith("agreement-") && !d.agreementId().equals(ID)
                                    && d.tenant().equals(VASTERBOTTEN) && d.content().equals(content())),
                            andNoMore())));
        }

        @Test
        void anAgreementHasAtLeastTwoParties() {
            fixture.givenNoPriorActivity()
                    .when(new DraftAgreement(INITIATIVE, withParties(AgreementParty.unit(REGION, "region"))),
                            vasterbotten())
                    .expectException(violatesRule("AGREEMENT_NEEDS_TWO_PARTIES"))
                    .expectNoEvents();
        }

        @Test
        void oneOfTheRegionsOwnUnitsIsAParty() {
            fixture.givenNoPriorActivity()
                    .when(new DraftAgreement(INITIATIVE, withParties(AgreementParty.partner(MEDTECH, "företag"),
                            AgreementParty.partner(UNIVERSITY, "akademi"))), vasterbotten())
                    .expectException(violatesRule("AGREEMENT_NEEDS_OWN_UNIT"))
                    .expectNoEvents();
        }

        @Test
        void twoOwnUnitsAndAPartnerAreFine() {
            fixture.givenNoPriorActivity()
                    .when(new DraftAgreement(INITIATIVE, withParties(AgreementParty.unit(REGION, "region"),
                            AgreementParty.unit(CLINIC, "testbädd"), AgreementParty.partner(MEDTECH, "företag"))),
                            vasterbotten())
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void anotherRegionsUnitIsUnknown() {
            fixture.givenNoPriorActivity()
                    .when(new DraftAgreement(INITIATIVE, withParties(AgreementParty.unit(FOREIGN_UNIT, "sjukhus"),
                            AgreementParty.partner(MEDTECH, "företag"))), vasterbotten())
                    .expectException(violatesRule("ORGANISATION_UNIT_UNKNOWN"))
                    .expectNoEvents();
        }

        @Test
        void aPartnerOutsideTheRegionsRegisterIsUnknown() {
            fixture.givenNoPriorActivity()
                    .when(new DraftAgreement(INITIATIVE, withParties(AgreementParty.unit(REGION, "region"),
                            AgreementParty.partner(FOREIGN_PARTNER, "företag"))), vasterbotten())
                    .expectException(violatesRule("PARTNER_UNKNOWN"))
                    .expectExceptionMessage(containsString(FOREIGN_PARTNER.value()))
                    .expectNoEvents();
        }

        @Test
        void anotherRegionsInitiativeIsUnknown() {
            fixture.givenNoPriorActivity()
                    .when(new DraftAgreement(FOREIGN_INITIATIVE, content()), vasterbotten())
                    .expectException(violatesRule("INITIATIVE_UNKNOWN"))
                    .expectNoEvents();
        }

        @Test
        void theValueModelVersionMustExistInTheRegion() {
            AgreementContent otherVersion = new AgreementContent("Partneravtal", AgreementType.VALUE_BASED_PAYMENT,
                    twoParties(), new ValueModelRef(VALUE_MODEL.id(), 3), TERMS, FOLLOW_UPS, MILESTONES, VALID_FROM,
                    VALID_UNTIL, null);
            fixture.givenNoPriorActivity()
                    .when(new DraftAgreement(INITIATIVE, otherVersion), vasterbotten())
                    .expectException(violatesRule("VALUE_MODEL_UNKNOWN"))
                    .expectNoEvents();
        }

        @Test
        void validityEndsNoEarlierThanItStarts() {
            fixture.givenNoPriorActivity()
                    .when(new DraftAgreement(INITIATIVE, content(twoParties(), List.of(), List.of(), VALID_FROM,
                            VALID_FROM.minusDays(1))), vasterbotten())
                    .expectException(violatesRule("VALIDITY_INCONSISTENT"))
                    .expectNoEvents();
        }

        @Test
        void followUpDatesAreDistinctDays() {
            fixture.givenNoPriorActivity()
                    .when(new DraftAgreement(INITIATIVE, content(twoParties(), List.of(
                            new FollowUpDate("F1", LocalDate.of(2024, 9, 1)),
                            new FollowUpDate("F2", LocalDate.of(2024, 9, 1))), MILESTONES, VALID_FROM, VALID_UNTIL)),
                            vasterbotten())
                    .expectException(violatesRule("FOLLOW_UP_DATES_NOT_UNIQUE"))
                    .expectNoEvents();
        }

        @Test
        void followUpsLieWithinTheValidity() {
            fixture.givenNoPriorActivity()
                    .when(new DraftAgreement(INITIATIVE, content(twoParties(), List.of(
                            new FollowUpDate("F1", VALID_FROM.minusDays(1))), MILESTONES, VALID_FROM, VALID_UNTIL)),
                            vasterbotten())
                    .expectException(violatesRule("FOLLOW_UP_OUTSIDE_VALIDITY"))
                    .expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(new DraftAgreement(INITIATIVE, content(twoParties(), List.of(
                            new FollowUpDate("F9", VALID_UNTIL.plusDays(1))), MILESTONES, VALID_FROM, VALID_UNTIL)),
                            vasterbotten())
                    .expectException(violatesRule("FOLLOW_UP_OUTSIDE_VALIDITY"))
                    .expectExceptionMessage(containsString("F9"));
        }

        @Test
        void withoutEndOfValidityAnyLaterFollowUpIsWithin() {
            fixture.givenNoPriorActivity()
                    .when(new DraftAgreement(INITIATIVE, content(twoParties(), List.of(
                            new FollowUpDate("F1", LocalDate.of(2030, 1, 1))), MILESTONES, VALID_FROM, null)),
                            vasterbotten())
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void milestonesLieWithinTheValidity() {
            fixture.givenNoPriorActivity()
                    .when(new DraftAgreement(INITIATIVE, content(twoParties(), FOLLOW_UPS, List.of(
                            new Milestone("M1", VALID_UNTIL.plusMonths(1), "Slututvärdering")), VALID_FROM,
                            VALID_UNTIL)), vasterbotten())
                    .expectException(violatesRule("MILESTONE_OUTSIDE_VALIDITY"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Revise {

        private final AgreementContent revised = withParties(AgreementParty.unit(REGION, "region"),
                AgreementParty.unit(CLINIC, "testbädd"), AgreementParty.partner(MEDTECH, "företagspartner"));

        @Test
        void aDraftNobodySignedIsRevisedAsAWhole() {
            fixture.given(drafted())
                    .when(new ReviseAgreementDraft(ID, revised, 0L), vasterbotten())
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(1L)
                    .expectEvents(new AgreementDraftRevised(ID, revised));
        }

        @Test
        void afterTheFirstSignatureTheDraftIsLocked() {
            fixture.given(drafted(), signedBy(REGION, LocalDate.of(2024, 4, 20)))
                    .when(new ReviseAgreementDraft(ID, revised, null), vasterbotten())
                    .expectException(violatesRule("AGREEMENT_DRAFT_LOCKED"))
                    .expectNoEvents();
        }

        @Test
        void anAgreementInForceIsAmendedNotRevised() {
            fixture.given(inForce())
                    .when(new ReviseAgreementDraft(ID, revised, null), vasterbotten())
                    .expectException(violatesRule("AGREEMENT_DRAFT_LOCKED"))
                    .expectExceptionMessage(containsString("amend"));
        }

        @Test
        void theRevisedContentMeetsTheDraftsRules() {
            fixture.given(drafted())
                    .when(new ReviseAgreementDraft(ID, withParties(AgreementParty.unit(REGION, "region")), null),
                            vasterbotten())
                    .expectException(violatesRule("AGREEMENT_NEEDS_TWO_PARTIES"))
                    .expectNoEvents();
        }

        @Test
        void theRevisionNowNamesTheNewPartiesForSigning() {
            fixture.given(drafted(), new AgreementDraftRevised(ID, revised))
                    .when(new SignAgreement(ID, CLINIC.value(), "Klinikchef", LocalDate.of(2024, 5, 2), null),
                            vasterbotten())
                    .expectSuccessfulHandlerExecution();
        }
    }

    @Nested
    class Sign {

        @Test
        void aSignatureIsRecordedUntilEveryPartyHasSigned() {
            fixture.given(drafted())
                    .when(new SignAgreement(ID, REGION.value(), "Regiondirektör", LocalDate.of(2024, 4, 20), 0L),
                            vasterbotten())
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(1L)
                    .expectEvents(new AgreementSignedByParty(ID, REGION.value(), "Regiondirektör",
                            LocalDate.of(2024, 4, 20)));
        }

        @Test
        void theLastSignaturePutsTheAgreementInForceOnTheLatestDate() {
            fixture.given(drafted(), signedBy(MEDTECH, LocalDate.of(2024, 4, 25)))
                    .when(new SignAgreement(ID, REGION.value(), "Regiondirektör", LocalDate.of(2024, 4, 20), null),
                            vasterbotten())
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(3L)
                    .expectEvents(new AgreementSignedByParty(ID, REGION.value(), "Regiondirektör",
                                    LocalDate.of(2024, 4, 20)),
                            new AgreementInForce(ID, LocalDate.of(2024, 4, 25)));
        }

        @Test
        void onlyAListedPartySigns() {
            fixture.given(drafted())
                    .when(new SignAgreement(ID, UNIVERSITY.value(), "Rektor", LocalDate.of(2024, 4, 20), null),
                            vasterbotten())
                    .expectException(violatesRule("PARTY_UNKNOWN"))
                    .expectNoEvents();
        }

        @Test
        void aPartySignsOnce() {
            fixture.given(drafted(), signedBy(REGION, LocalDate.of(2024, 4, 20)))
                    .when(new SignAgreement(ID, REGION.value(), "Regiondirektör", LocalDate.of(2024, 4, 21), null),
                            vasterbotten())
                    .expectException(violatesRule("PARTY_ALREADY_SIGNED"))
                    .expectNoEvents();
        }

        @Test
        void noSigningAfterTermination() {
            fixture.given(inForce()).andGiven(new AgreementTerminated(ID, List.of(), "Avslutat i samförstånd",
                            LocalDate.of(2024, 6, 1), null))
                    .when(new SignAgreement(ID, REGION.value(), "Regiondirektör", LocalDate.of(2024, 6, 2), null),
                            vasterbotten())
                    .expectException(violatesRule("AGREEMENT_ENDED"))
                    .expectNoEvents();
        }

        @Test
        void noSigningAfterExpiry() {
            fixture.given(inForce()).andGiven(new AgreementExpired(ID, VALID_UNTIL))
                    .when(new SignAgreement(ID, MEDTECH.value(), "VD", LocalDate.of(2024, 6, 2), null),
                            vasterbotten())
                    .expectException(violatesRule("AGREEMENT_ENDED"))
                    .expectNoEvents();
        }

        @Test
        void aSignatureIsNotDatedInTheFuture() {
            fixture.given(drafted())
                    .when(new SignAgreement(ID, REGION.value(), "Regiondirektör", TODAY.plusDays(1), null),
                            vasterbotten())
                    .expectException(violatesRule("SIGNATURE_DATE_IN_FUTURE"))
                    .expectNoEvents();
        }

        @Test
        void anAgreementIsNotSignedAfterItsLastDayOfValidity() {
            fixture.given(new AgreementDrafted(ID, VASTERBOTTEN, INITIATIVE, content(twoParties(),
                            List.of(new FollowUpDate("F1", LocalDate.of(2023, 6, 1))), List.of(),
                            LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))))
                    .when(new SignAgreement(ID, REGION.value(), "Regiondirektör", LocalDate.of(2024, 1, 10), null),
                            vasterbotten())
                    .expectException(violatesRule("SIGNED_AFTER_VALIDITY"))
                    .expectNoEvents();
        }

        @Test
        void signingBeforeTheValidityStartsIsFine() {
            fixture.given(drafted())
                    .when(new SignAgreement(ID, REGION.value(), "Regiondirektör", VALID_FROM.minusDays(30), null),
                            vasterbotten())
                    .expectSuccessfulHandlerExecution();
        }
    }

    @Nested
    class Amend {

        private final List<FollowUpDate> newFollowUps = List.of(new FollowUpDate("F1", LocalDate.of(2024, 10, 1)),
                new FollowUpDate("F2", LocalDate.of(2026, 3, 1)));

        private AmendAgreement amendment(String id, List<FollowUpDate> followUps, LocalDate validUntil) {
            return new AmendAgreement(ID, id, "Testfasen förlängs", null, followUps, null, null, validUntil, null,
                    null);
        }

        @Test
        void anAgreementInForceIsAmended() {
            AmendAgreement command = new AmendAgreement(ID, "T1", "Testfasen förlängs med tre månader", null,
                    newFollowUps, null, VALUE_MODEL, LocalDate.of(2026, 3, 31), null, 3L);
            fixture.given(inForce())
                    .when(command, vasterbotten())
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(4L)
                    .expectEvents(new AgreementAmended(ID, "T1", "Testfasen förlängs med tre månader", null,
                            newFollowUps, null, VALUE_MODEL, LocalDate.of(2026, 3, 31), null));
        }

        @Test
        void aDraftIsNotAmended() {
            fixture.given(drafted())
                    .when(amendment("T1", null, LocalDate.of(2026, 3, 31)), vasterbotten())
                    .expectException(violatesRule("AGREEMENT_NOT_IN_FORCE"))
                    .expectNoEvents();
        }

        @Test
        void aTerminatedAgreementIsNotAmended() {
            fixture.given(inForce()).andGiven(new AgreementTerminated(ID, List.of(), "Avslutat",
                            LocalDate.of(2024, 6, 1), null))
                    .when(amendment("T1", null, LocalDate.of(2026, 3, 31)), vasterbotten())
                    .expectException(violatesRule("AGREEMENT_NOT_IN_FORCE"))
                    .expectNoEvents();
        }

        @Test
        void theSignedAmendmentIsReferenced() {
            Map<String, Object> withoutDocument = new HashMap<>(vasterbotten());
            withoutDocument.remove(LedgerMetadata.DOCUMENT_REF);
            fixture.given(inForce())
                    .when(amendment("T1", null, LocalDate.of(2026, 3, 31)), withoutDocument)
                    .expectException(violatesRule("AMENDMENT_DOCUMENT_MISSING"))
                    .expectNoEvents();
        }

        @Test
        void anAmendmentIdIsUsedOnce() {
            fixture.given(inForce()).andGiven(new AgreementAmended(ID, "T1", "Förlängning", null, null, null, null,
                            LocalDate.of(2026, 3, 31), null))
                    .when(amendment("T1", null, LocalDate.of(2026, 6, 30)), vasterbotten())
                    .expectException(violatesRule("AMENDMENT_ID_TAKEN"))
                    .expectNoEvents();
        }

        @Test
        void shorteningTheValidityKeepsTheFollowUpsInside() {
            fixture.given(inForce())
                    .when(amendment("T1", null, LocalDate.of(2025, 1, 31)), vasterbotten())
                    .expectException(violatesRule("FOLLOW_UP_OUTSIDE_VALIDITY"))
                    .expectExceptionMessage(containsString("F2"))
                    .expectNoEvents();
        }

        @Test
        void newFollowUpsAreDistinctDaysWithinTheValidity() {
            fixture.given(inForce())
                    .when(amendment("T1", List.of(new FollowUpDate("F1", LocalDate.of(2024, 10, 1)),
                            new FollowUpDate("F2", LocalDate.of(2024, 10, 1))), null), vasterbotten())
                    .expectException(violatesRule("FOLLOW_UP_DATES_NOT_UNIQUE"));
            fixture.given(inForce())
                    .when(amendment("T1", newFollowUps, null), vasterbotten())
                    .expectException(violatesRule("FOLLOW_UP_OUTSIDE_VALIDITY"))
                    .expectExceptionMessage(containsString("2026-03-01"));
        }

        @Test
        void theValidityStillEndsAfterItStarts() {
            fixture.given(inForce())
                    .when(new AmendAgreement(ID, "T1", "Fel", null, List.of(), List.of(), null,
                            VALID_FROM.minusDays(1), null, null), vasterbotten())
                    .expectException(violatesRule("VALIDITY_INCONSISTENT"))
                    .expectNoEvents();
        }

        @Test
        void aNewValueModelVersionMustExist() {
            fixture.given(inForce())
                    .when(new AmendAgreement(ID, "T1", "Värdemodell version 3", null, null, null,
                            new ValueModelRef(VALUE_MODEL.id(), 3), null, null, null), vasterbotten())
                    .expectException(violatesRule("VALUE_MODEL_UNKNOWN"))
                    .expectNoEvents();
        }

        @Test
        void milestonesMovedByAnAmendmentStayWithinTheValidity() {
            fixture.given(inForce())
                    .when(new AmendAgreement(ID, "T1", "Ny avstämning", null, null,
                            List.of(new Milestone("M2", LocalDate.of(2026, 6, 1), "Slutavstämning")), null, null,
                            null, null), vasterbotten())
                    .expectException(violatesRule("MILESTONE_OUTSIDE_VALIDITY"))
                    .expectNoEvents();
        }
    }

    @Nested
    class DecisionPoint {

        private RecordAgreementDecisionPoint decide(String milestone, List<PartyAgreementPosition> positions,
                                                    LocalDate on) {
            return new RecordAgreementDecisionPoint(ID, milestone, positions, on, "Uppföljning av indikatorerna",
                    null);
        }

        @Test
        void whenAllContinueTheAgreementContinues() {
            fixture.given(inForce())
                    .when(decide("M1", positions(CONTINUE, CONTINUE), LocalDate.of(2024, 12, 2)), vasterbotten())
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(4L)
                    .expectEvents(new AgreementDecisionPointRecorded(ID, "M1", positions(CONTINUE, CONTINUE),
                            CONTINUE, LocalDate.of(2024, 12, 2), "Uppföljning av indikatorerna"));
        }

        @Test
        void onePartyReEvaluatingMakesItARevaluation() {
            fixture.given(inForce())
                    .when(decide("M1", positions(CONTINUE, RE_EVALUATE), LocalDate.of(2024, 12, 2)), vasterbotten())
                    .expectEvents(new AgreementDecisionPointRecorded(ID, "M1", positions(CONTINUE, RE_EVALUATE),
                            RE_EVALUATE, LocalDate.of(2024, 12, 2), "Uppföljning av indikatorerna"));
        }

        @Test
        void eitherSideMayEndAndOneEndTerminatesTheAgreement() {
            fixture.given(inForce())
                    .when(decide("M1", positions(CONTINUE, END), LocalDate.of(2024, 12, 2)), vasterbotten())
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(5L)
                    .expectEvents(new AgreementDecisionPointRecorded(ID, "M1", positions(CONTINUE, END), END,
                                    LocalDate.of(2024, 12, 2), "Uppföljning av indikatorerna"),
                            new AgreementTerminated(ID, List.of(MEDTECH.value()), "ended at the decision point of"
                                    + " milestone M1 by partner-medtech: Uppföljning av indikatorerna",
                                    LocalDate.of(2024, 12, 2), "M1"));
        }

        @Test
        void theDecisionPointIsAKnownMilestone() {
            fixture.given(inForce())
                    .when(decide("M7", positions(CONTINUE, CONTINUE), LocalDate.of(2024, 12, 2)), vasterbotten())
                    .expectException(violatesRule("MILESTONE_UNKNOWN"))
                    .expectNoEvents();
        }

        @Test
        void everyPartysPositionIsNamed() {
            fixture.given(inForce())
                    .when(decide("M1", List.of(new PartyAgreementPosition(REGION.value(), CONTINUE)),
                            LocalDate.of(2024, 12, 2)), vasterbotten())
                    .expectException(violatesRule("POSITIONS_INCOMPLETE"))
                    .expectExceptionMessage(containsString(MEDTECH.value()))
                    .expectNoEvents();
        }

        @Test
        void onlyPartiesTakePositions() {
            fixture.given(inForce())
                    .when(decide("M1", List.of(new PartyAgreementPosition(REGION.value(), CONTINUE),
                            new PartyAgreementPosition(MEDTECH.value(), CONTINUE),
                            new PartyAgreementPosition(UNIVERSITY.value(), END)), LocalDate.of(2024, 12, 2)),
                            vasterbotten())
                    .expectException(violatesRule("PARTY_UNKNOWN"))
                    .expectNoEvents();
        }

        @Test
        void aDecisionPointIsDecidedOnce() {
            fixture.given(inForce()).andGiven(new AgreementDecisionPointRecorded(ID, "M1",
                            positions(CONTINUE, CONTINUE), CONTINUE, LocalDate.of(2024, 12, 2), null))
                    .when(decide("M1", positions(CONTINUE, END), LocalDate.of(2024, 12, 3)), vasterbotten())
                    .expectException(violatesRule("DECISION_POINT_ALREADY_RECORDED"))
                    .expectNoEvents();
        }

        @Test
        void onlyAnAgreementInForceIsDecidedOn() {
            fixture.given(drafted())
                    .when(decide("M1", positions(CONTINUE, CONTINUE), LocalDate.of(2024, 12, 2)), vasterbotten())
                    .expectException(violatesRule("AGREEMENT_NOT_IN_FORCE"))
                    .expectNoEvents();
        }

        @Test
        void aDecisionIsNotDatedBeforeTheAgreementCameIntoForce() {
            fixture.given(inForce())
                    .when(decide("M1", positions(CONTINUE, CONTINUE), LocalDate.of(2024, 4, 24)), vasterbotten())
                    .expectException(violatesRule("DATE_BEFORE_IN_FORCE"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Terminate {

        @Test
        void eitherSideEndsAnAgreementInForce() {
            fixture.given(inForce())
                    .when(new TerminateAgreement(ID, List.of(MEDTECH.value()), "Bolaget lämnar marknaden",
                            LocalDate.of(2024, 6, 1), 3L), vasterbotten())
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(4L)
                    .expectEvents(new AgreementTerminated(ID, List.of(MEDTECH.value()), "Bolaget lämnar marknaden",
                            LocalDate.of(2024, 6, 1), null));
        }

        @Test
        void aDraftIsNotTerminated() {
            fixture.given(drafted())
                    .when(new TerminateAgreement(ID, List.of(), "Avbrutet", LocalDate.of(2024, 6, 1), null),
                            vasterbotten())
                    .expectException(violatesRule("AGREEMENT_NOT_IN_FORCE"))
                    .expectNoEvents();
        }

        @Test
        void anAgreementIsTerminatedOnce() {
            fixture.given(inForce()).andGiven(new AgreementTerminated(ID, List.of(), "Avslutat",
                            LocalDate.of(2024, 6, 1), null))
                    .when(new TerminateAgreement(ID, List.of(), "Igen", LocalDate.of(2024, 6, 2), null),
                            vasterbotten())
                    .expectException(violatesRule("AGREEMENT_NOT_IN_FORCE"))
                    .expectNoEvents();
        }

        @Test
        void onlyPartiesEndIt() {
            fixture.given(inForce())
                    .when(new TerminateAgreement(ID, List.of(UNIVERSITY.value()), "Avslutat",
                            LocalDate.of(2024, 6, 1), null), vasterbotten())
                    .expectException(violatesRule("PARTY_UNKNOWN"))
                    .expectNoEvents();
        }

        @Test
        void notBeforeItCameIntoForce() {
            fixture.given(inForce())
                    .when(new TerminateAgreement(ID, List.of(), "Avslutat", LocalDate.of(2024, 4, 1), null),
                            vasterbotten())
                    .expectException(violatesRule("DATE_BEFORE_IN_FORCE"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Withdraw {

        @Test
        void aPartlySignedDraftIsWithdrawnWhenTheNegotiationEndsWithoutAgreement() {
            fixture.given(drafted(), signedBy(REGION, LocalDate.of(2024, 5, 2)))
                    .when(new WithdrawAgreementDraft(ID, LocalDate.of(2024, 6, 1), 1L), vasterbotten())
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(2L)
                    .expectEvents(new AgreementDraftWithdrawn(ID, LocalDate.of(2024, 6, 1)));
        }

        @Test
        void anAgreementInForceIsTerminatedNotWithdrawn() {
            fixture.given(inForce())
                    .when(new WithdrawAgreementDraft(ID, LocalDate.of(2024, 6, 1), null), vasterbotten())
                    .expectException(violatesRule("AGREEMENT_NOT_A_DRAFT"))
                    .expectNoEvents();
        }

        @Test
        void aWithdrawnDraftIsNeverSignedRevisedOrWithdrawnAgain() {
            Object[] withdrawn = {drafted(), new AgreementDraftWithdrawn(ID, LocalDate.of(2024, 6, 1))};
            fixture.given(withdrawn)
                    .when(new SignAgreement(ID, MEDTECH.value(), "VD", LocalDate.of(2024, 6, 2), null), vasterbotten())
                    .expectException(violatesRule("AGREEMENT_ENDED"))
                    .expectNoEvents();
            fixture.given(withdrawn)
                    .when(new ReviseAgreementDraft(ID, content(), null), vasterbotten())
                    .expectException(violatesRule("AGREEMENT_ENDED"))
                    .expectNoEvents();
            fixture.given(withdrawn)
                    .when(new WithdrawAgreementDraft(ID, LocalDate.of(2024, 6, 2), null), vasterbotten())
                    .expectException(violatesRule("AGREEMENT_NOT_A_DRAFT"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Expiry {

        private AgreementDrafted draftedValidUntil(LocalDate validUntil) {
            return new AgreementDrafted(ID, VASTERBOTTEN, INITIATIVE, content(twoParties(),
                    List.of(new FollowUpDate("F1", LocalDate.of(2024, 1, 15))), List.of(), LocalDate.of(2024, 1, 1),
                    validUntil));
        }

        private Object[] inForceUntil(LocalDate validUntil) {
            return new Object[]{draftedValidUntil(validUntil), signedBy(REGION, LocalDate.of(2024, 1, 2)),
                    signedBy(MEDTECH, LocalDate.of(2024, 1, 3)), new AgreementInForce(ID, LocalDate.of(2024, 1, 3))};
        }

        @Test
        void anAgreementExpiresOnceItsLastDayHasPassed() {
            fixture.given(inForceUntil(TODAY.minusDays(1)))
                    .when(new RecordAgreementExpiry(ID, 3L), vasterbotten())
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(4L)
                    .expectEvents(new AgreementExpired(ID, TODAY.minusDays(1)));
        }

        @Test
        void onItsLastDayItIsStillValid() {
            fixture.given(inForceUntil(TODAY))
                    .when(new RecordAgreementExpiry(ID, null), vasterbotten())
                    .expectException(violatesRule("VALIDITY_NOT_OVER"))
                    .expectNoEvents();
        }

        @Test
        void anAmendedEndOfValidityCounts() {
            fixture.given(inForceUntil(TODAY.minusDays(1)))
                    .andGiven(new AgreementAmended(ID, "T1", "Förlängning", null, null, null, null,
                            TODAY.plusMonths(6), null))
                    .when(new RecordAgreementExpiry(ID, null), vasterbotten())
                    .expectException(violatesRule("VALIDITY_NOT_OVER"));
        }

        @Test
        void anAgreementWithoutEndDateDoesNotExpire() {
            fixture.given(inForceUntil(null))
                    .when(new RecordAgreementExpiry(ID, null), vasterbotten())
                    .expectException(violatesRule("AGREEMENT_OPEN_ENDED"))
                    .expectNoEvents();
        }

        @Test
        void onlyAnAgreementInForceExpires() {
            fixture.given(draftedValidUntil(TODAY.minusDays(1)))
                    .when(new RecordAgreementExpiry(ID, null), vasterbotten())
                    .expectException(violatesRule("AGREEMENT_NOT_IN_FORCE"))
                    .expectNoEvents();
        }
    }

    @Nested
    class TenantAndVersion {

        @Test
        void anotherRegionsAgreementIsUnknownToEveryCommand() {
            fixture.given(inForce())
                    .when(new TerminateAgreement(ID, List.of(), "Avslutat", LocalDate.of(2024, 6, 1), null),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("AGREEMENT_UNKNOWN", 404))
                    .expectNoEvents();
            fixture.given(drafted())
                    .when(new SignAgreement(ID, REGION.value(), "Regiondirektör", LocalDate.of(2024, 4, 20), null),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("AGREEMENT_UNKNOWN", 404))
                    .expectNoEvents();
            fixture.given(drafted())
                    .when(new ReviseAgreementDraft(ID, content(), null), metaData(STOCKHOLM))
                    .expectException(violatesRule("AGREEMENT_UNKNOWN", 404));
            fixture.given(inForce())
                    .when(new AmendAgreement(ID, "T1", "x", TERMS, null, null, null, null, null, null),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("AGREEMENT_UNKNOWN", 404));
            fixture.given(inForce())
                    .when(new RecordAgreementDecisionPoint(ID, "M1", positions(END, END), LocalDate.of(2024, 12, 1),
                            null, null), metaData(STOCKHOLM))
                    .expectException(violatesRule("AGREEMENT_UNKNOWN", 404));
            fixture.given(inForce())
                    .when(new RecordAgreementExpiry(ID, null), metaData(STOCKHOLM))
                    .expectException(violatesRule("AGREEMENT_UNKNOWN", 404));
        }

        @Test
        void aStaleIfMatchVersionIsRefused() {
            fixture.given(drafted(), signedBy(REGION, LocalDate.of(2024, 4, 20)))
                    .when(new SignAgreement(ID, MEDTECH.value(), "VD", LocalDate.of(2024, 4, 25), 0L),
                            vasterbotten())
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectNoEvents();
            fixture.given(inForce())
                    .when(new RecordAgreementExpiry(ID, 2L), vasterbotten())
                    .expectException(violatesRule("STALE_VERSION", 412));
        }
    }
}
