package org.innovationledger.kernel.accounts;

import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.indicator.IndicatorReport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The yearly innovation accounts (innovationsbokslut) of a region, every figure counted from the events up to and
 * including {@code position}; sections as in Region Stockholm's Innovationsbokslut 2021. Flows ("granted in the
 * year", "decided in the year") count by the business date the events carry; registrations carry none and count in
 * the year they were recorded. States ("in force", "phase") are those at {@code position}.
 *
 * @param edition     the published edition, null for a preview
 * @param notRecorded what the Stockholm document reports that the ledger does not record (so the accounts say so
 *                    rather than show a zero)
 */
public record InnovationAccounts(TenantId tenant,
                                 String regionName,
                                 int year,
                                 long position,
                                 InnovationAccountsEditionView edition,
                                 Summary summary,
                                 IntegratedInnovation integratedInnovation,
                                 InternalDevelopment internalDevelopment,
                                 TestEnvironments testEnvironments,
                                 InnovationAndProcurement innovationAndProcurement,
                                 Collaboration collaboration,
                                 List<String> notRecorded) {

    /** A count under a label (a phase, a strategy area, a kind), labels as recorded. */
    public record Count(String label, int count) {
    }

    /**
     * Bakgrund och sammanfattning: the headline boxes and the year's indicator reports.
     *
     * @param initiativesInYear       initiatives (projects) with anything recorded in the year
     * @param fundProjectsGranted     fund applications granted in the year ("58 innovationsprojekt har finansierats")
     * @param fundGranted             what the fund granted in the year; null without grants
     * @param fundCalls               the fund's calls of the year
     * @param fundBudget              the budget of the year's calls; null without calls
     * @param applicationsSinceStart  applications to every call up to and including the year ("800 ansökningar sedan
     *                                2015")
     * @param grantedSinceStart       of them granted ("varav cirka 350 har beviljats")
     * @param firstFundYear           the year of the fund's first recorded call; null without calls
     * @param implemented             initiatives implemented in everyday operation in the year
     */
    public record Summary(int initiativesInYear,
                          int fundProjectsGranted,
                          Money fundGranted,
                          int fundCalls,
                          Money fundBudget,
                          int applicationsSinceStart,
                          int grantedSinceStart,
                          Integer firstFundYear,
                          int implemented,
                          List<IndicatorReport> indicators) {
    }

    /** One initiative as the accounts list it. {@code on} is the date the line is about, null when none. */
    public record ProjectLine(String initiativeId,
                              String title,
                              String unit,
                              String strategyArea,
                              String phase,
                              LocalDate on,
                              String note) {
    }

    /**
     * Integrerad innovation: the year's initiatives by classification, the gate decisions taken, and what was
     * implemented, spread and published (Kommunikation: e.g. Årets innovation announced at the fund's days).
     */
    public record IntegratedInnovation(List<Count> byStrategyArea,
                                       List<Count> byCoreArea,
                                       List<Count> byInnovationType,
                                       List<Count> byPhase,
                                       int gateDecisions,
                                       List<Count> gateDecisionsByOutcome,
                                       List<ProjectLine> implemented,
                                       List<ProjectLine> spread,
                                       List<ProjectLine> resultsPublished) {
    }

    /**
     * One call of the fund in the year. {@code grantRate}: granted of all the call's applications, undecided ones
     * included, in percent with one decimal, as {@link org.innovationledger.kernel.fund.FundingReport#grantRate}
     * and as the year's rate in {@link InternalDevelopment}.
     */
    public record FundCall(String callId,
                           String fund,
                           int round,
                           Money budget,
                           int applications,
                           int granted,
                           int rejected,
                           BigDecimal grantRate,
                           Money grantedAmount) {
    }

    /** Applications and grants of one year, for the fund's series since its first call. */
    public record FundYear(int year, int applications, int granted) {
    }

    /**
     * Immateriella rättigheter: agreements in force at the position that settle intellectual property, by how
     * results are owned.
     */
    public record IntellectualProperty(int agreementsWithIpTerms, List<Count> byResultOwnership) {
    }

    /**
     * Internt utvecklingsarbete.
     *
     * @param grantRate     granted of all applications of the year's calls, percent with one decimal (58 of 143: 40.6)
     * @param grantedProjects the year's fund projects (Innovationsfondprojekt)
     * @param otherProjects the year's other initiatives ("Exempel på andra innovationsprojekt")
     */
    public record InternalDevelopment(IntellectualProperty intellectualProperty,
                                      List<FundCall> calls,
                                      int applications,
                                      int granted,
                                      int rejected,
                                      BigDecimal grantRate,
                                      List<Count> applicationsByKind,
                                      List<Count> grantsByKind,
                                      List<FundYear> series,
                                      List<ProjectLine> grantedProjects,
                                      List<ProjectLine> otherProjects) {
    }

    /** A test environment (testbed unit) and the initiatives tested in it. */
    public record Testbed(String unitId, String name, LocalDate establishedOn, int initiatives) {
    }

    /** Fler och bättre testmiljöer. */
    public record TestEnvironments(List<Testbed> testbeds,
                                   int pilotsStarted,
                                   int pilotsCompleted,
                                   List<ProjectLine> pilots,
                                   int testbedAgreementsInForce) {
    }

    /** An agreement as the accounts list it, its partners by name, its status at the position. */
    public record AgreementLine(String agreementId,
                                String title,
                                String type,
                                List<String> partners,
                                LocalDate validFrom,
                                LocalDate validUntil,
                                String status) {
    }

    /**
     * Innovation och inköp.
     *
     * @param partnerOffers   the year's initiatives that came as an offer or inquiry from outside ("En väg in")
     * @param needsIdentified needs recorded in the year
     */
    public record InnovationAndProcurement(List<AgreementLine> procurementAgreements,
                                           List<ProjectLine> partnerOffers,
                                           int needsIdentified,
                                           List<Count> needsBySource) {
    }

    /**
     * Regional, nationell och internationell samverkan. Whether a partner is regional or national is not recorded;
     * the country is.
     *
     * @param partnersNamedOnInitiatives partners the year's initiatives name without a registered partner organisation
     */
    public record Collaboration(int partners,
                                List<Count> partnersByKind,
                                List<Count> partnersByCountry,
                                List<AgreementLine> agreementsInForce,
                                List<Count> agreementsByType,
                                List<String> partnersNamedOnInitiatives) {
    }
}
