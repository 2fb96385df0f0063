package org.innovationledger.query.accounts;

import org.innovationledger.kernel.accounts.InnovationAccounts;
import org.innovationledger.kernel.accounts.InnovationAccounts.AgreementLine;
import org.innovationledger.kernel.accounts.InnovationAccounts.Count;
import org.innovationledger.kernel.accounts.InnovationAccounts.ProjectLine;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.indicator.IndicatorReport;
import org.innovationledger.query.infra.CsvCells;

import java.math.BigDecimal;
import java.util.List;

/**
 * The accounts' figures as CSV (RFC 4180, comma, CRLF) for spreadsheets and BI: one row per figure with its section,
 * the figure's name, a label where the figure is one of several (a phase, a call, a level) and the value as plain
 * machine-readable text (decimal point, no grouping). Lists of projects and agreements are rows too.
 */
final class AccountsCsv {

    private final StringBuilder csv = new StringBuilder(16_384);

    static String render(InnovationAccounts accounts) {
        return new AccountsCsv().document(accounts);
    }

    private String document(InnovationAccounts a) {
        line("section", "figure", "label", "value", "unit");
        String meta = "META";
        line(meta, "tenant", "", a.tenant().value(), "");
        line(meta, "region", "", a.regionName(), "");
        line(meta, "year", "", String.valueOf(a.year()), "");
        line(meta, "position", "", String.valueOf(a.position()), "");
        if (a.edition() != null) {
            line(meta, "edition", a.edition().editionId().value(), String.valueOf(a.edition().number()), "");
        }
        var s = a.summary();
        String sum = "BACKGROUND_AND_SUMMARY";
        figure(sum, "initiativesInYear", s.initiativesInYear());
        figure(sum, "fundProjectsGranted", s.fundProjectsGranted());
        money(sum, "fundGranted", s.fundGranted());
        figure(sum, "fundCalls", s.fundCalls());
        money(sum, "fundBudget", s.fundBudget());
        line(sum, "applicationsSinceStart", s.firstFundYear() == null ? "" : s.firstFundYear().toString(),
                String.valueOf(s.applicationsSinceStart()), "");
        line(sum, "grantedSinceStart", s.firstFundYear() == null ? "" : s.firstFundYear().toString(),
                String.valueOf(s.grantedSinceStart()), "");
        figure(sum, "implemented", s.implemented());
        s.indicators().forEach(report -> indicator(sum, report));

        var i = a.integratedInnovation();
        String integrated = "INTEGRATED_INNOVATION";
        counts(integrated, "byStrategyArea", i.byStrategyArea());
        counts(integrated, "byCoreArea", i.byCoreArea());
        counts(integrated, "byInnovationType", i.byInnovationType());
        counts(integrated, "byPhase", i.byPhase());
        figure(integrated, "gateDecisions", i.gateDecisions());
        counts(integrated, "gateDecisionsByOutcome", i.gateDecisionsByOutcome());
        projects(integrated, "implemented", i.implemented());
        projects(integrated, "spread", i.spread());
        projects(integrated, "resultsPublished", i.resultsPublished());

        var d = a.internalDevelopment();
        String internal = "INTERNAL_DEVELOPMENT";
        figure(internal, "agreementsWithIpTerms", d.intellectualProperty().agreementsWithIpTerms());
        counts(internal, "byResultOwnership", d.intellectualProperty().byResultOwnership());
        d.calls().forEach(call -> {
            String label = call.fund() + " " + call.round();
            money(internal, "call.budget", label, call.budget());
            line(internal, "call.applications", label, String.valueOf(call.applications()), "");
            line(internal, "call.granted", label, String.valueOf(call.granted()), "");
            line(internal, "call.rejected", label, String.valueOf(call.rejected()), "");
            line(internal, "call.grantRate", label, plain(call.grantRate()), "%");
            money(internal, "call.grantedAmount", label, call.grantedAmount());
        });
        figure(internal, "applications", d.applications());
        figure(internal, "granted", d.granted());
        figure(internal, "rejected", d.rejected());
        line(internal, "grantRate", "", plain(d.grantRate()), "%");
        counts(internal, "applicationsByKind", d.applicationsByKind());
        counts(internal, "grantsByKind", d.grantsByKind());
        d.series().forEach(year -> {
            line(internal, "series.applications", String.valueOf(year.year()), String.valueOf(year.applications()),
                    "");
            line(internal, "series.granted", String.valueOf(year.year()), String.valueOf(year.granted()), "");
        });
        projects(internal, "fundProject", d.grantedProjects());
        projects(internal, "otherProject", d.otherProjects());

        var e = a.testEnvironments();
        String test = "TEST_ENVIRONMENTS";
        e.testbeds().forEach(testbed -> line(test, "testbed.initiatives", testbed.name(),
                String.valueOf(testbed.initiatives()), ""));
        figure(test, "pilotsStarted", e.pilotsStarted());
        figure(test, "pilotsCompleted", e.pilotsCompleted());
        figure(test, "testbedAgreementsInForce", e.testbedAgreementsInForce());
        projects(test, "pilot", e.pilots());

        var p = a.innovationAndProcurement();
        String procurement = "INNOVATION_AND_PROCUREMENT";
        agreements(procurement, "procurementAgreement", p.procurementAgreements());
        projects(procurement, "partnerOffer", p.partnerOffers());
        figure(procurement, "needsIdentified", p.needsIdentified());
        counts(procurement, "needsBySource", p.needsBySource());

        var c = a.collaboration();
        String collaboration = "COLLABORATION";
        figure(collaboration, "partners", c.partners());
        counts(collaboration, "partnersByKind", c.partnersByKind());
        counts(collaboration, "partnersByCountry", c.partnersByCountry());
        counts(collaboration, "agreementsByType", c.agreementsByType());
        agreements(collaboration, "agreementInForce", c.agreementsInForce());
        c.partnersNamedOnInitiatives().forEach(name -> line(collaboration, "partnerNamedOnInitiative", name, "", ""));
        a.notRecorded().forEach(key -> line("NOT_RECORDED", key, "", "", ""));
        return csv.toString();
    }

    private void indicator(String section, IndicatorReport report) {
        String label = report.wording();
        var responses = report.responses();
        line(section, "indicator.population", label, String.valueOf(responses.population()), "");
        line(section, "indicator.submitted", label, String.valueOf(responses.submitted()), "");
        line(section, "indicator.nonResponses", label, String.valueOf(responses.nonResponses()), "");
        line(section, "indicator.responseRate", label, plain(responses.responseRate()), "%");
        if (report.share() != null) {
            line(section, "indicator.yes", label, String.valueOf(report.share().yes()), "");
            line(section, "indicator.share", label, plain(report.share().share()), "%");
            line(section, "indicator.shareRounded", label, String.valueOf(report.share().shareRounded()), "%");
        }
        if (report.scale() != null) {
            line(section, "indicator.mean", label, plain(report.scale().mean()), "");
            if (report.scale().threshold() != null) {
                line(section, "indicator.meetingThreshold", label + " " + report.scale().threshold(),
                        String.valueOf(report.scale().meetingThreshold()), "");
            }
            report.scale().distribution().forEach(level -> line(section, "indicator.level", label + " | "
                    + level.level(), String.valueOf(level.units()), ""));
        }
        if (report.quantity() != null) {
            line(section, "indicator.sum", label, plain(report.quantity().sum()), report.unit());
        }
        if (report.previousYear() != null) {
            var change = report.previousYear().change();
            line(section, "indicator.change.share", label + " | " + report.previousYear().year(),
                    plain(change.share()), "pp");
            line(section, "indicator.change.mean", label + " | " + report.previousYear().year(),
                    plain(change.mean()), "");
        }
    }

    private void figure(String section, String figure, int value) {
        line(section, figure, "", String.valueOf(value), "");
    }

    private void money(String section, String figure, Money value) {
        money(section, figure, "", value);
    }

    private void money(String section, String figure, String label, Money value) {
        line(section, figure, label, value == null ? "" : value.amount().toPlainString(),
                value == null ? "" : value.currency());
    }

    private void counts(String section, String figure, List<Count> counts) {
        counts.forEach(count -> line(section, figure, count.label(), String.valueOf(count.count()), ""));
    }

    private void projects(String section, String figure, List<ProjectLine> lines) {
        lines.forEach(line -> line(section, figure, line.title(), line.on() == null ? "" : line.on().toString(),
                String.join(" | ", nonNull(line.unit()), nonNull(line.strategyArea()), nonNull(line.phase()),
                        nonNull(line.note()))));
    }

    private void agreements(String section, String figure, List<AgreementLine> lines) {
        lines.forEach(line -> line(section, figure, line.title(), line.status(),
                line.type() + " | " + String.join(", ", line.partners())));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private void line(String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(cells[i]));
        }
        csv.append("\r\n");
    }

    /** Quotes a cell when it needs it; a leading formula character is neutralised (CSV injection). */
    static String quoted(String cell) {
        return CsvCells.quoted(cell);
    }
}
