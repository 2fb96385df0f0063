package org.innovationledger.query.fund;

import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.fund.ApplicationKind;
import org.innovationledger.kernel.fund.ApplicationStatus;
import org.innovationledger.kernel.fund.FollowUpStatus;
import org.innovationledger.kernel.fund.FundingApplicationId;
import org.innovationledger.kernel.fund.FundingCallId;
import org.innovationledger.kernel.fund.FundingCallStatus;
import org.innovationledger.kernel.fund.FundingCallSummary;
import org.innovationledger.kernel.fund.FundingCallView;
import org.innovationledger.kernel.fund.Recommendation;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Read model of one funding call with its applications in the order they were submitted. Every amount of a call is
 * in the call's {@code currency} and kept as exact decimal text ({@code "7500000.00"}), every date as ISO text.
 * {@code version} is the call's aggregate sequence number of the last event applied: since the applications are
 * part of the call's aggregate, it orders all of a call's events exactly, and the projection applies an event only
 * to a document below its sequence number. {@code openedAt} is the position of the opening.
 */
@Document(FundingCallDocument.COLLECTION)
record FundingCallDocument(@Id String id,
                           @Indexed String tenant,
                           String fund,
                           int round,
                           int year,
                           String currency,
                           String budget,
                           String opensOn,
                           String closesOn,
                           String criteria,
                           String closedOn,
                           List<ApplicationEntry> applications,
                           long openedAt,
                           long version,
                           long position) {

    static final String COLLECTION = "funding_calls";

    /** One application; the assessment, decision and follow-up fields stay null until they happen. */
    record ApplicationEntry(String applicationId,
                            ApplicationKind kind,
                            String title,
                            String applicantUnitId,
                            String initiativeId,
                            String requested,
                            String submittedOn,
                            ApplicationStatus status,
                            String assessment,
                            Integer score,
                            Recommendation recommendation,
                            String assessedBy,
                            String assessedOn,
                            String decidedOn,
                            String granted,
                            String rejectionReason,
                            List<FollowUpEntry> followUps) {

        ApplicationEntry withAssessment(String text, Integer score, Recommendation recommendation, String by, LocalDate on) {
            return new ApplicationEntry(applicationId, kind, title, applicantUnitId, initiativeId, requested,
                    submittedOn, ApplicationStatus.ASSESSED, text, score, recommendation, by, on.toString(), decidedOn,
                    granted, rejectionReason, followUps);
        }

        ApplicationEntry withGrant(Money amount, LocalDate on) {
            return new ApplicationEntry(applicationId, kind, title, applicantUnitId, initiativeId, requested,
                    submittedOn, ApplicationStatus.GRANTED, assessment, score, recommendation, assessedBy, assessedOn,
                    on.toString(), text(amount), rejectionReason, followUps);
        }

        ApplicationEntry withRejection(String reason, LocalDate on) {
            return new ApplicationEntry(applicationId, kind, title, applicantUnitId, initiativeId, requested,
                    submittedOn, ApplicationStatus.REJECTED, assessment, score, recommendation, assessedBy, assessedOn,
                    on.toString(), granted, reason, followUps);
        }

        ApplicationEntry withFollowUp(FollowUpEntry followUp) {
            List<FollowUpEntry> all = new ArrayList<>(followUps == null ? List.of() : followUps);
            all.add(followUp);
            return new ApplicationEntry(applicationId, kind, title, applicantUnitId, initiativeId, requested,
                    submittedOn, status, assessment, score, recommendation, assessedBy, assessedOn, decidedOn, granted,
                    rejectionReason, all);
        }
    }

    /** A follow-up of a granted project; {@code spent} may be null. */
    record FollowUpEntry(String reportedOn, String text, FollowUpStatus status, String spent) {
    }

    static String text(Money money) {
        return money == null ? null : money.amount().toPlainString();
    }

    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    Money money(String amount) {
        return amount == null ? null : new Money(new BigDecimal(amount), currency);
    }

    FundingCallStatus status() {
        return closedOn == null ? FundingCallStatus.OPEN : FundingCallStatus.CLOSED;
    }

    List<ApplicationEntry> entries() {
        return applications == null ? List.of() : applications;
    }

    FundingCallDocument withApplication(ApplicationEntry application) {
        List<ApplicationEntry> all = new ArrayList<>(entries());
        all.add(application);
        return new FundingCallDocument(id, tenant, fund, round, year, currency, budget, opensOn, closesOn, criteria,
                closedOn, all, openedAt, version, position);
    }

    /** The call with one application changed; unchanged when the call has no such application. */
    FundingCallDocument withApplication(String applicationId, UnaryOperator<ApplicationEntry> change) {
        List<ApplicationEntry> all = entries().stream()
                .map(application -> application.applicationId().equals(applicationId) ? change.apply(application)
                        : application)
                .toList();
        return new FundingCallDocument(id, tenant, fund, round, year, currency, budget, opensOn, closesOn, criteria,
                closedOn, all, openedAt, version, position);
    }

    FundingCallDocument closed(LocalDate on) {
        return new FundingCallDocument(id, tenant, fund, round, year, currency, budget, opensOn, closesOn, criteria,
                on.toString(), applications, openedAt, version, position);
    }

    FundingCallDocument at(long newVersion, long newPosition) {
        return new FundingCallDocument(id, tenant, fund, round, year, currency, budget, opensOn, closesOn, criteria,
                closedOn, applications, openedAt, newVersion, newPosition);
    }

    Money grantedInAll() {
        return entries().stream().filter(a -> a.granted() != null).map(a -> money(a.granted()))
                .reduce(Money.zero(currency), Money::plus);
    }

    FundingCallView toView() {
        Money granted = grantedInAll();
        return new FundingCallView(FundingCallId.of(id), TenantId.of(tenant), fund, round, year, money(budget),
                LocalDate.parse(opensOn), LocalDate.parse(closesOn), criteria, status(), date(closedOn), granted,
                money(budget).minus(granted), entries().stream().map(this::toView).toList(), version, position);
    }

    FundingCallSummary toSummary() {
        int grants = (int) entries().stream().filter(a -> a.status() == ApplicationStatus.GRANTED).count();
        return new FundingCallSummary(FundingCallId.of(id), TenantId.of(tenant), fund, round, year, money(budget),
                LocalDate.parse(opensOn), LocalDate.parse(closesOn), status(), date(closedOn), entries().size(),
                grants, grantedInAll(), version, position);
    }

    private FundingCallView.Application toView(ApplicationEntry a) {
        FundingCallView.Assessment assessment = a.assessedOn() == null ? null : new FundingCallView.Assessment(
                a.assessment(), a.score(), a.recommendation(), a.assessedBy(), LocalDate.parse(a.assessedOn()));
        List<FundingCallView.FollowUp> followUps = a.followUps() == null ? List.of() : a.followUps().stream()
                .map(f -> new FundingCallView.FollowUp(LocalDate.parse(f.reportedOn()), f.text(), f.status(),
                        money(f.spent())))
                .toList();
        return new FundingCallView.Application(FundingApplicationId.of(a.applicationId()), a.kind(), a.title(),
                OrganisationUnitId.of(a.applicantUnitId()),
                a.initiativeId() == null ? null : InitiativeId.of(a.initiativeId()), money(a.requested()),
                LocalDate.parse(a.submittedOn()), a.status(), assessment, date(a.decidedOn()), money(a.granted()),
                a.rejectionReason(), followUps);
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
