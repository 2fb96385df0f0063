package org.innovationledger.query.accounts;

import org.innovationledger.kernel.accounts.InnovationAccounts;
import org.innovationledger.kernel.accounts.InnovationAccounts.AgreementLine;
import org.innovationledger.kernel.accounts.InnovationAccounts.Collaboration;
import org.innovationledger.kernel.accounts.InnovationAccounts.FundCall;
import org.innovationledger.kernel.accounts.InnovationAccounts.InnovationAndProcurement;
import org.innovationledger.kernel.accounts.InnovationAccounts.IntegratedInnovation;
import org.innovationledger.kernel.accounts.InnovationAccounts.IntellectualProperty;
import org.innovationledger.kernel.accounts.InnovationAccounts.InternalDevelopment;
import org.innovationledger.kernel.accounts.InnovationAccounts.ProjectLine;
import org.innovationledger.kernel.accounts.InnovationAccounts.Summary;
import org.innovationledger.kernel.accounts.InnovationAccounts.TestEnvironments;
import org.innovationledger.kernel.accounts.InnovationAccounts.Testbed;
import org.innovationledger.kernel.accounts.InnovationAccountsEditionView;
import org.innovationledger.kernel.agreement.AgreementType;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.fund.FundingReport;
import org.innovationledger.kernel.initiative.InitiativeOrigin;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.query.accounts.FundTally.Application;
import org.innovationledger.query.accounts.FundTally.Call;
import org.innovationledger.query.accounts.PartnershipTally.Agreement;
import org.innovationledger.query.accounts.PartnershipTally.Partner;
import org.innovationledger.query.accounts.PortfolioTally.Initiative;
import org.innovationledger.query.accounts.PortfolioTally.Pilot;
import org.innovationledger.query.indicator.IndicatorPeriodsFold;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The yearly innovation accounts of one region as a pure fold over the event stream: feed it every event up to a
 * position, in order, and it gives the accounts as they stood there. Nothing here reads a clock or a read model, so
 * the same events always give the same accounts: that is what makes a published edition reproducible.
 */
final class AccountsFold {

    /**
     * What Region Stockholm's Innovationsbokslut 2021 reports that no event records (research analysis §1.7): the
     * accounts name them rather than show a zero. Keys; the document renders them in its language.
     */
    static final List<String> NOT_RECORDED = List.of("TRAINING_PARTICIPANTS", "COMMUNICATION_EVENTS",
            "NETWORK_MEMBERSHIP", "IP_GUIDELINES", "SINGLE_ENTRY_RESPONSE_TIME", "APP_DOWNLOADS",
            "PARTNER_LEVEL");

    private final TenantId tenant;
    private final int year;
    private final PortfolioTally portfolio;
    private final FundTally fund;
    private final PartnershipTally partnerships;
    private final IndicatorPeriodsFold indicators = new IndicatorPeriodsFold();
    private long position = -1;

    AccountsFold(TenantId tenant, int year) {
        this.tenant = tenant;
        this.year = year;
        this.portfolio = new PortfolioTally(tenant);
        this.fund = new FundTally(tenant);
        this.partnerships = new PartnershipTally(tenant);
    }

    void apply(LedgerEvent event) {
        position = Math.max(position, event.position());
        Object payload = event.payload();
        portfolio.apply(event);
        indicators.apply(payload, event.position());
        active(fund.apply(payload));
        active(partnerships.apply(payload));
    }

    private void active(FundTally.Activity activity) {
        if (activity != null) {
            portfolio.activeIn(activity.initiativeId(), activity.year());
        }
    }

    /** The accounts at the position given, or at the last event applied when null. */
    InnovationAccounts accounts(Long at, InnovationAccountsEditionView edition) {
        List<Initiative> ofYear = portfolio.initiatives.values().stream().filter(i -> i.activeIn(year))
                .sorted(Comparator.comparing((Initiative i) -> i.title, Counts.text()).thenComparing(i -> i.id))
                .toList();
        List<Call> calls = fund.callsOf(year);
        List<Application> grantedInYear = fund.grantedIn(year);
        return new InnovationAccounts(tenant, portfolio.regionName() == null ? tenant.value() : portfolio.regionName(),
                year, at != null ? at : position, edition, summary(ofYear, calls, grantedInYear),
                integrated(ofYear), internal(ofYear, calls, grantedInYear), testEnvironments(ofYear),
                procurement(ofYear), collaboration(ofYear), NOT_RECORDED);
    }

    private Summary summary(List<Initiative> ofYear, List<Call> calls, List<Application> grantedInYear) {
        List<Call> sinceStart = fund.calls.values().stream().filter(call -> call.year() <= year).toList();
        List<Application> allApplications = fund.applicationsTo(sinceStart);
        Integer firstYear = sinceStart.stream().map(Call::year).min(Integer::compare).orElse(null);
        return new Summary(ofYear.size(), grantedInYear.size(),
                FundTally.sum(grantedInYear.stream().map(a -> a.granted).toList()), calls.size(),
                FundTally.sum(calls.stream().map(Call::budget).toList()), allApplications.size(),
                (int) allApplications.stream().filter(a -> a.granted != null).count(), firstYear,
                // initiatives, not implementations: one implemented at two units counts once
                (int) implementedIn().stream().map(ProjectLine::initiativeId).distinct().count(),
                indicators.reports(tenant, year));
    }

    private IntegratedInnovation integrated(List<Initiative> ofYear) {
        List<PortfolioTally.Decision> decisions = portfolio.decisions.values().stream()
                .filter(d -> d.decidedOn().getYear() == year).toList();
        return new IntegratedInnovation(Counts.by(ofYear, i -> i.strategyArea), Counts.by(ofYear, i -> i.coreArea),
                Counts.by(ofYear, i -> i.innovationType), Counts.by(ofYear, i -> i.phase), decisions.size(),
                Counts.by(decisions, PortfolioTally.Decision::outcome), implementedIn(),
                dated(portfolio.spread), dated(portfolio.published));
    }

    private List<ProjectLine> implementedIn() {
        return dated(portfolio.implemented);
    }

    private List<ProjectLine> dated(List<PortfolioTally.Dated> all) {
        return all.stream().filter(d -> d.on().getYear() == year)
                .map(d -> portfolio.line(d.initiativeId(), d.unitId(), d.on(), d.note()))
                .sorted(lineOrder())
                .toList();
    }

    private InternalDevelopment internal(List<Initiative> ofYear, List<Call> calls, List<Application> grantedInYear) {
        List<Agreement> inForce = partnerships.inForceDuring(year);
        IntellectualProperty ip = new IntellectualProperty(
                (int) inForce.stream().filter(a -> a.terms.intellectualProperty() != null).count(),
                Counts.by(inForce, a -> a.terms.resultOwnership()));
        List<FundCall> figures = calls.stream().map(fund::figures).toList();
        List<Application> received = fund.applicationsTo(calls);
        int granted = figures.stream().mapToInt(FundCall::granted).sum();
        int rejected = figures.stream().mapToInt(FundCall::rejected).sum();
        List<Application> grants = received.stream().filter(a -> a.granted != null).toList();
        List<ProjectLine> fundProjects = grantedInYear.stream().map(this::fundLine).sorted(lineOrder()).toList();
        Set<String> funded = grantedInYear.stream().map(a -> a.initiativeId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<ProjectLine> others = ofYear.stream().filter(i -> !funded.contains(i.id))
                .map(i -> portfolio.line(i.id, null, null, null)).toList();
        return new InternalDevelopment(ip, figures, received.size(), granted, rejected,
                FundingReport.grantRate(granted, received.size()), Counts.by(received, a -> a.kind),
                Counts.by(grants, a -> a.kind), fund.seriesUpTo(year), fundProjects, others);
    }

    private ProjectLine fundLine(Application application) {
        Money amount = application.granted;
        String note = amount.amount().toPlainString() + " " + amount.currency();
        if (application.initiativeId != null && portfolio.initiatives.containsKey(application.initiativeId)) {
            ProjectLine line = portfolio.line(application.initiativeId, application.unitId, application.decidedOn,
                    note);
            return new ProjectLine(line.initiativeId(), application.title, line.unit(), line.strategyArea(),
                    line.phase(), line.on(), note);
        }
        return new ProjectLine(null, application.title, portfolio.unitName(application.unitId), null, null,
                application.decidedOn, note);
    }

    private TestEnvironments testEnvironments(List<Initiative> ofYear) {
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        List<Testbed> testbeds = portfolio.units.values().stream()
                .filter(u -> u.kind() == OrganisationUnitKind.TESTBED)
                .filter(u -> u.establishedOn() == null || !u.establishedOn().isAfter(endOfYear))
                .map(u -> new Testbed(u.id(), u.name(), u.establishedOn(),
                        (int) ofYear.stream().filter(i -> u.id().equals(i.testbedUnitId)).count()))
                .sorted(Comparator.comparing(Testbed::name, Counts.text()).thenComparing(Testbed::unitId))
                .toList();
        List<Pilot> pilots = portfolio.pilots.values().stream()
                .filter(p -> p.startedOn().getYear() == year
                        || (p.completedOn() != null && p.completedOn().getYear() == year))
                .toList();
        List<ProjectLine> lines = pilots.stream()
                .map(p -> portfolio.line(p.initiativeId(), p.unitId(), p.startedOn(),
                        p.completedOn() == null ? null : p.completedOn() + (p.result() == null ? "" : ": " + p.result())))
                .sorted(lineOrder())
                .toList();
        return new TestEnvironments(testbeds, (int) pilots.stream().filter(p -> p.startedOn().getYear() == year)
                .count(), (int) pilots.stream().filter(p -> p.completedOn() != null
                && p.completedOn().getYear() == year).count(), lines,
                partnerships.inForceDuring(year, AgreementType.TESTBED).size());
    }

    private InnovationAndProcurement procurement(List<Initiative> ofYear) {
        List<AgreementLine> procurements = partnerships.inForceDuring(year,
                AgreementType.INNOVATION_PARTNERSHIP_PROCUREMENT).stream().map(partnerships::line).toList();
        List<ProjectLine> offers = ofYear.stream().filter(i -> i.origin == InitiativeOrigin.PARTNER_OFFER)
                .map(i -> portfolio.line(i.id, null, null, i.partnerName)).toList();
        var needs = portfolio.needsIdentifiedIn(year);
        return new InnovationAndProcurement(procurements, offers, needs.size(), Counts.by(needs, source -> source));
    }

    private Collaboration collaboration(List<Initiative> ofYear) {
        List<Agreement> inForce = partnerships.inForceDuring(year);
        List<Partner> parties = partnerships.partiesTo(inForce);
        // named without a registered partner organisation: in the region's register, with or without an agreement
        List<String> named = ofYear.stream().map(i -> i.partnerName).filter(Objects::nonNull).distinct()
                .filter(name -> partnerships.partners.values().stream()
                        .noneMatch(p -> p.name().equalsIgnoreCase(name)))
                .sorted(Counts.text()).toList();
        return new Collaboration(parties.size(), Counts.by(parties, Partner::kind),
                Counts.by(parties, Partner::country), inForce.stream().map(partnerships::line).toList(),
                Counts.by(inForce, a -> a.content.type()), named);
    }

    private static Comparator<ProjectLine> lineOrder() {
        return Comparator.comparing(ProjectLine::on, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ProjectLine::title, Counts.text())
                .thenComparing(ProjectLine::initiativeId, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
