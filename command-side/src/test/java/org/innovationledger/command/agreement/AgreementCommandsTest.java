package org.innovationledger.command.agreement;

import org.innovationledger.kernel.agreement.*;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.partner.PartnerId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The agreement commands refuse malformed input on construction (answered 400 before any aggregate is loaded). */
class AgreementCommandsTest {

    private static final AgreementId ID = AgreementId.of("agreement-1");
    private static final OrganisationUnitId REGION = OrganisationUnitId.of("unit-region");
    private static final PartnerId MEDTECH = PartnerId.of("partner-medtech");
    private static final AgreementTerms TERMS = new AgreementTerms(CostPrinciple.EACH_PARTY_OWN_COSTS, null,
            ResultOwnership.JOINT, null, null, null, null);
    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);

    private static AgreementContent content(List<AgreementParty> parties, List<FollowUpDate> followUps,
                                            List<Milestone> milestones) {
        return new AgreementContent("Partneravtal", AgreementType.PARTNER, parties, null, TERMS, followUps,
                milestones, FROM, null, null);
    }

    private static List<AgreementParty> parties() {
        return List.of(AgreementParty.unit(REGION, "region"), AgreementParty.partner(MEDTECH, "företagspartner"));
    }

    @Test
    void aPartyIsAUnitOrAPartnerNeverBothNorNeither() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AgreementParty(REGION, MEDTECH, "region"))
                .withMessageContaining("exactly one");
        assertThatIllegalArgumentException().isThrownBy(() -> new AgreementParty(null, null, "region"))
                .withMessageContaining("exactly one");
        assertThatIllegalArgumentException().isThrownBy(() -> AgreementParty.unit(REGION, " "))
                .withMessage("role is required");
        assertThat(AgreementParty.partner(MEDTECH, "företag").party()).isEqualTo("partner-medtech");
    }

    @Test
    void aPartyIsListedOnce() {
        assertThatIllegalArgumentException().isThrownBy(() -> content(List.of(AgreementParty.unit(REGION, "region"),
                        AgreementParty.unit(REGION, "vårdgivare")), List.of(), List.of()))
                .withMessage("party unit-region is listed twice");
        assertThatIllegalArgumentException().isThrownBy(() -> content(null, List.of(), List.of()))
                .withMessage("parties are required");
        assertThatIllegalArgumentException().isThrownBy(() -> content(Arrays.asList(AgreementParty.unit(REGION, "r"),
                        null), List.of(), List.of()))
                .withMessage("party is required");
    }

    @Test
    void followUpsAndMilestonesWithoutIdAreNumberedInTheirOrder() {
        AgreementContent content = content(parties(), List.of(new FollowUpDate(null, LocalDate.of(2024, 9, 1)),
                        new FollowUpDate(null, LocalDate.of(2025, 3, 1))),
                List.of(new Milestone(null, LocalDate.of(2024, 12, 1), "Avstämning")));
        assertThat(content.followUps()).extracting(FollowUpDate::id).containsExactly("F1", "F2");
        assertThat(content.milestones()).extracting(Milestone::id).containsExactly("M1");
        assertThat(content(parties(), null, null).followUps()).isEmpty();
    }

    @Test
    void anIdIsUsedOnceAndADateIsRequired() {
        assertThatIllegalArgumentException().isThrownBy(() -> content(parties(), List.of(
                        new FollowUpDate("F2", LocalDate.of(2024, 9, 1)), new FollowUpDate(null, LocalDate.of(2025, 3, 1))),
                        List.of()))
                .withMessage("follow-up id F2 is used twice");
        assertThatIllegalArgumentException().isThrownBy(() -> new FollowUpDate("F1", null))
                .withMessage("follow-up date is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new Milestone("M1", FROM, null))
                .withMessage("milestone description is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new FollowUpDate("F 1", FROM))
                .withMessageContaining("follow-up id");
    }

    @Test
    void termsAsAgreedSayHow() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AgreementTerms(CostPrinciple.AS_AGREED, " ",
                        ResultOwnership.JOINT, null, null, null, null))
                .withMessageContaining("costNote");
        assertThatIllegalArgumentException().isThrownBy(() -> new AgreementTerms(CostPrinciple.SHARED, null,
                        ResultOwnership.AS_AGREED, null, null, null, null))
                .withMessageContaining("resultOwnershipNote");
        assertThatIllegalArgumentException().isThrownBy(() -> new AgreementTerms(null, null, ResultOwnership.JOINT,
                        null, null, null, null))
                .withMessage("costPrinciple is required");
    }

    @Test
    void theDraftNeedsTitleTypeTermsAndStart() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AgreementContent("Avtal", null, parties(), null,
                        TERMS, null, null, FROM, null, null))
                .withMessage("type is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new AgreementContent("Avtal", AgreementType.NDA,
                        parties(), null, null, null, null, FROM, null, null))
                .withMessage("terms are required");
        assertThatIllegalArgumentException().isThrownBy(() -> new AgreementContent("Avtal", AgreementType.NDA,
                        parties(), null, TERMS, null, null, null, null, null))
                .withMessage("validFrom is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new DraftAgreement(null, null))
                .withMessageContaining("content");
    }

    @Test
    void signatureNamesPartySignatoryAndDate() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SignAgreement(ID, null, "VD", FROM, null))
                .withMessageContaining("party");
        assertThatIllegalArgumentException().isThrownBy(() -> new SignAgreement(ID, "partner-medtech", " ", FROM, null))
                .withMessage("signatory is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new SignAgreement(ID, "partner-medtech", "VD", null, null))
                .withMessage("signedOn is required");
    }

    @Test
    void anAmendmentChangesSomething() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AmendAgreement(ID, "T1", "Inget", null, null, null,
                        null, null, null, null))
                .withMessageContaining("at least one");
        assertThatIllegalArgumentException().isThrownBy(() -> new AmendAgreement(ID, null, "Förlängning", null, null,
                        null, null, FROM, null, null))
                .withMessageContaining("amendmentId");
        assertThat(new AmendAgreement(ID, "T1", "Inga uppföljningar längre", null, List.of(), null, null, null, null,
                null).followUps()).isEmpty();
    }

    @Test
    void aDecisionPointNamesEachPartyOnce() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RecordAgreementDecisionPoint(ID, "M1", List.of(
                        new PartyAgreementPosition("unit-region", AgreementPosition.CONTINUE),
                        new PartyAgreementPosition("unit-region", AgreementPosition.END)), FROM, null, null))
                .withMessage("party unit-region is named twice");
        assertThatIllegalArgumentException().isThrownBy(() -> new RecordAgreementDecisionPoint(ID, "M1", null, FROM,
                        null, null))
                .withMessage("positions are required");
        assertThatIllegalArgumentException().isThrownBy(() -> new PartyAgreementPosition("unit-region", null))
                .withMessage("position is required");
    }

    @Test
    void aTerminationSaysWhyAndWhen() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TerminateAgreement(ID, null, null, FROM, null))
                .withMessage("reason is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new TerminateAgreement(ID, null, "Avslutat", null, null))
                .withMessage("terminatedOn is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new TerminateAgreement(ID,
                        List.of("partner-medtech", "partner-medtech"), "Avslutat", FROM, null))
                .withMessageContaining("twice");
        assertThat(new TerminateAgreement(ID, null, "Avslutat", FROM, null).endedBy()).isEmpty();
    }
}
