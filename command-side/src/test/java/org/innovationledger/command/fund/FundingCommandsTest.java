package org.innovationledger.command.fund;

import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.fund.ApplicationKind;
import org.innovationledger.kernel.fund.AssessFundingApplication;
import org.innovationledger.kernel.fund.CloseFundingCall;
import org.innovationledger.kernel.fund.FollowUpStatus;
import org.innovationledger.kernel.fund.FundingApplicationId;
import org.innovationledger.kernel.fund.FundingCallId;
import org.innovationledger.kernel.fund.GrantFundingApplication;
import org.innovationledger.kernel.fund.OpenFundingCall;
import org.innovationledger.kernel.fund.RejectFundingApplication;
import org.innovationledger.kernel.fund.ReportGrantFollowUp;
import org.innovationledger.kernel.fund.SubmitFundingApplication;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The fund's commands refuse missing and malformed input on construction (400 before any aggregate is loaded). */
class FundingCommandsTest {

    private static final FundingCallId CALL = FundingCallId.of("call-1");
    private static final FundingApplicationId APP = FundingApplicationId.of("app-1");
    private static final OrganisationUnitId UNIT = OrganisationUnitId.of("unit-1");
    private static final Money BUDGET = Money.of("7500000", "SEK");
    private static final LocalDate JAN = LocalDate.of(2021, 1, 11);
    private static final LocalDate MAR = LocalDate.of(2021, 3, 12);

    @Test
    void aCallNeedsFundRoundYearBudgetAndAPeriodInOrder() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenFundingCall(CALL, " ", 1, 2021, BUDGET, JAN, MAR,
                null)).withMessage("fund is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenFundingCall(CALL, "Innovationsfonden", null,
                2021, BUDGET, JAN, MAR, null)).withMessage("round is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenFundingCall(CALL, "Innovationsfonden", 0,
                2021, BUDGET, JAN, MAR, null)).withMessageContaining("round must be between 1 and 99");
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenFundingCall(CALL, "Innovationsfonden", 1,
                null, BUDGET, JAN, MAR, null)).withMessage("year is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenFundingCall(CALL, "Innovationsfonden", 1,
                21, BUDGET, JAN, MAR, null)).withMessageContaining("year must lie between");
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenFundingCall(CALL, "Innovationsfonden", 1,
                2021, null, JAN, MAR, null)).withMessage("budget is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenFundingCall(CALL, "Innovationsfonden", 1,
                2021, Money.zero("SEK"), JAN, MAR, null)).withMessageContaining("budget must be more than zero");
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenFundingCall(CALL, "Innovationsfonden", 1,
                2021, BUDGET, null, MAR, null)).withMessage("opensOn is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenFundingCall(CALL, "Innovationsfonden", 1,
                2021, BUDGET, MAR, JAN, null)).withMessageContaining("must not lie before opensOn");
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenFundingCall(CALL, "Innovationsfonden", 1,
                2021, BUDGET, JAN, LocalDate.of(20210, 1, 1), null)).withMessageContaining("closesOn must lie");
        assertThat(new OpenFundingCall(CALL, "Innovationsfonden", 1, 2021, BUDGET, JAN, JAN, "  ").criteria())
                .as("a one-day call without criteria").isNull();
    }

    @Test
    void anApplicationNeedsKindTitleApplicantAndAPositiveAmount() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SubmitFundingApplication(CALL, null,
                ApplicationKind.NEW, "Spolstol", UNIT, null, BUDGET, JAN, null)).withMessage("applicationId is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new SubmitFundingApplication(CALL, APP, null,
                "Spolstol", UNIT, null, BUDGET, JAN, null)).withMessageStartingWith("kind is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new SubmitFundingApplication(CALL, APP,
                ApplicationKind.NEW, "x".repeat(301), UNIT, null, BUDGET, JAN, null))
                .withMessage("title must be at most 300 characters");
        assertThatIllegalArgumentException().isThrownBy(() -> new SubmitFundingApplication(CALL, APP,
                ApplicationKind.NEW, "Spolstol", null, null, BUDGET, JAN, null)).withMessage("applicantUnitId is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new SubmitFundingApplication(CALL, APP,
                ApplicationKind.NEW, "Spolstol", UNIT, null, Money.of("-1", "SEK"), JAN, null))
                .withMessageContaining("requested must be more than zero");
        assertThatIllegalArgumentException().isThrownBy(() -> new SubmitFundingApplication(CALL, APP,
                ApplicationKind.NEW, "Spolstol", UNIT, null, BUDGET, null, null)).withMessage("submittedOn is required");
    }

    @Test
    void assessmentsDecisionsAndFollowUpsNeedTheirFacts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CloseFundingCall(CALL, null, null))
                .withMessage("closedOn is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new AssessFundingApplication(CALL, APP, "", null, null,
                "Bedömningsgruppen", MAR, null)).withMessage("assessment is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new AssessFundingApplication(CALL, APP, "Bra", 101,
                null, "Bedömningsgruppen", MAR, null)).withMessageContaining("score must be between 0 and 100");
        assertThatIllegalArgumentException().isThrownBy(() -> new AssessFundingApplication(CALL, APP, "Bra", null,
                null, null, MAR, null)).withMessage("assessedBy is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new GrantFundingApplication(CALL, APP,
                Money.zero("SEK"), MAR, null)).withMessageContaining("amount must be more than zero");
        assertThatIllegalArgumentException().isThrownBy(() -> new GrantFundingApplication(CALL, APP, null, MAR, null))
                .withMessage("amount is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new RejectFundingApplication(CALL, APP, null, MAR,
                null)).withMessage("rejection reason is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new RejectFundingApplication(CALL, APP, "Nej", null,
                null)).withMessage("decidedOn is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new ReportGrantFollowUp(CALL, APP, MAR, "Pågår", null,
                null, null)).withMessageStartingWith("status is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new ReportGrantFollowUp(CALL, APP, MAR, "Pågår",
                FollowUpStatus.ON_TRACK, Money.of("-0.01", "SEK"), null)).withMessageContaining("spent must not be negative");
        assertThat(new ReportGrantFollowUp(CALL, APP, MAR, "Pågår", FollowUpStatus.ON_TRACK, Money.zero("SEK"), null)
                .spent()).isEqualTo(Money.zero("SEK"));
    }
}
