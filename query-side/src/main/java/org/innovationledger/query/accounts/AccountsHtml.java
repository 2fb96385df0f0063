package org.innovationledger.query.accounts;

import org.innovationledger.kernel.accounts.AccountsSection;
import org.innovationledger.kernel.accounts.InnovationAccounts;
import org.innovationledger.kernel.accounts.InnovationAccounts.AgreementLine;
import org.innovationledger.kernel.accounts.InnovationAccounts.Count;
import org.innovationledger.kernel.accounts.InnovationAccounts.FundCall;
import org.innovationledger.kernel.accounts.InnovationAccounts.FundYear;
import org.innovationledger.kernel.accounts.InnovationAccounts.ProjectLine;
import org.innovationledger.kernel.accounts.InnovationAccounts.Testbed;
import org.innovationledger.kernel.accounts.InnovationAccountsEditionView;
import org.innovationledger.kernel.accounts.NarrativeText;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.indicator.IndicatorReport;
import org.innovationledger.kernel.indicator.IndicatorReport.Level;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * The accounts as a self-contained XHTML document (well-formed, so the PDF is rendered from the very same text).
 * Headings follow the Stockholm document; every figure comes from {@link InnovationAccounts}, nothing from a clock.
 */
final class AccountsHtml {

    private final InnovationAccounts accounts;
    private final AccountsLabels t;
    private final StringBuilder html = new StringBuilder(32_768);

    private AccountsHtml(InnovationAccounts accounts, AccountsLabels labels) {
        this.accounts = accounts;
        this.t = labels;
    }

    static String render(InnovationAccounts accounts, String language) {
        return new AccountsHtml(accounts, AccountsLabels.of(language)).document();
    }

    private String document() {
        InnovationAccountsEditionView edition = accounts.edition();
        String title = (edition != null ? edition.title() : "Innovationsbokslut " + accounts.year()) + " \u2013 "
                + accounts.regionName();
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(t.language)
                .append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>").append(esc(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(esc(title)).append("</h1>\n");
        meta(edition);
        summary();
        integrated();
        internal();
        testEnvironments();
        procurement();
        collaboration();
        notRecorded();
        html.append("<p class=\"colophon\">").append(esc(t.text("colophon"))).append("</p>\n</body>\n</html>\n");
        return html.toString();
    }

    private void meta(InnovationAccountsEditionView edition) {
        html.append("<p class=\"meta\">");
        if (edition == null) {
            html.append(esc(t.text("preview")));
        } else {
            html.append(esc(t.text("edition"))).append(' ').append(edition.number()).append(", ")
                    .append(esc(t.text("publishedBy"))).append(' ').append(esc(edition.publishedBy()))
                    .append(" (").append(esc(edition.publishedByRole())).append("), ")
                    .append(LocalDate.ofInstant(edition.publishedAt(), ZoneOffset.UTC)).append(". ")
                    .append(esc(t.text("reason"))).append(": ").append(esc(edition.reason()));
            if (edition.documentRef() != null) {
                html.append(" (").append(esc(edition.documentRef())).append(')');
            }
        }
        html.append("<br/>").append(esc(t.text("position"))).append(' ').append(accounts.position())
                .append(".</p>\n");
    }

    private void section(AccountsSection section) {
        html.append("<h2 id=\"").append(section.name()).append("\">").append(section.ordinal() + 1).append(". ")
                .append(esc(t.text(section.name()))).append("</h2>\n");
        InnovationAccountsEditionView edition = accounts.edition();
        if (edition != null) {
            edition.narrative().stream().filter(n -> n.section() == section).map(NarrativeText::text)
                    .flatMap(text -> text.lines().filter(line -> !line.isBlank()))
                    .forEach(paragraph -> html.append("<p class=\"narrative\">").append(esc(paragraph))
                            .append("</p>\n"));
        }
    }

    private void summary() {
        var s = accounts.summary();
        section(AccountsSection.BACKGROUND_AND_SUMMARY);
        h3("headlines");
        html.append("<table class=\"figures\">\n");
        figure("initiativesInYear", t.number(s.initiativesInYear()));
        figure("fundProjectsGranted", t.number(s.fundProjectsGranted()));
        figure("fundGranted", money(s.fundGranted()));
        figure("fundCalls", t.number(s.fundCalls()));
        figure("fundBudget", money(s.fundBudget()));
        if (s.firstFundYear() != null) {
            row(t.text("applicationsSinceStart") + " " + s.firstFundYear(), t.number(s.applicationsSinceStart()));
            row(t.text("grantedSinceStart"), t.number(s.grantedSinceStart()));
        }
        figure("implemented", t.number(s.implemented()));
        html.append("</table>\n");
        h3("indicators");
        if (s.indicators().isEmpty()) {
            none();
        }
        s.indicators().forEach(this::indicator);
    }

    private void indicator(IndicatorReport report) {
        html.append("<div class=\"indicator\">\n<h4>").append(esc(report.wording())).append("</h4>\n");
        if (report.decisionReference() != null) {
            html.append("<p class=\"meta\">").append(esc(report.decisionReference())).append("</p>\n");
        }
        var responses = report.responses();
        html.append("<table class=\"figures\">\n");
        row(t.text("population"), t.number(responses.population()));
        row(t.text("responses"), t.number(responses.submitted()) + " " + t.text("of") + " "
                + t.number(responses.population()));
        row(t.text("responseRate"), t.percent(responses.responseRate()));
        if (report.share() != null) {
            var share = report.share();
            row(t.text("share"), (share.shareRounded() == null ? "-" : share.shareRounded() + " %") + " "
                    + t.text("of") + " " + share.population() + " (" + share.yes() + " " + t.text("of") + " "
                    + share.population() + "; " + t.percent(share.share()) + ")");
        }
        if (report.scale() != null) {
            var scale = report.scale();
            row(t.text("mean"), t.number(scale.mean()));
            if (scale.threshold() != null) {
                row(t.text("atOrAbove") + " " + scale.threshold(), scale.meetingThreshold() + " " + t.text("of")
                        + " " + responses.population());
            }
        }
        if (report.quantity() != null) {
            row(t.text("sum"), t.number(report.quantity().sum()));
            row(t.text("mean"), t.number(report.quantity().mean()));
        }
        if (report.previousYear() != null) {
            change(report);
        }
        html.append("</table>\n");
        if (report.scale() != null) {
            html.append("<table>\n<tr><th>").append(esc(t.text("level"))).append("</th><th>")
                    .append(esc(t.text("units"))).append("</th></tr>\n");
            for (Level level : report.scale().distribution()) {
                html.append("<tr><td>").append(level.level());
                if (level.text() != null) {
                    html.append(" \u2013 ").append(esc(level.text()));
                }
                html.append("</td><td class=\"n\">").append(level.units()).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("</div>\n");
    }

    private void change(IndicatorReport report) {
        var before = report.previousYear();
        var change = before.change();
        String label = t.text("changeFrom") + " " + before.year();
        if (report.share() != null && change.share() != null) {
            row(label, signed(change.share()) + " " + t.text("percentagePoints") + " ("
                    + t.percent(before.headline().share()) + " \u2192 " + t.percent(report.headline().share()) + ")");
        } else if (change.mean() != null) {
            row(label, signed(change.mean()) + " (" + t.number(before.headline().mean()) + " \u2192 "
                    + t.number(report.headline().mean()) + ")");
        } else if (change.sum() != null) {
            row(label, signed(change.sum()));
        }
    }

    private String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + t.number(value);
    }

    private void integrated() {
        var i = accounts.integratedInnovation();
        section(AccountsSection.INTEGRATED_INNOVATION);
        counts("byStrategyArea", i.byStrategyArea());
        counts("byCoreArea", i.byCoreArea());
        counts("byInnovationType", i.byInnovationType());
        counts("byPhase", i.byPhase());
        html.append("<table class=\"figures\">\n");
        figure("gateDecisions", t.number(i.gateDecisions()));
        html.append("</table>\n");
        counts("byOutcome", i.gateDecisionsByOutcome());
        projects("implementedList", i.implemented());
        projects("spreadList", i.spread());
        projects("published", i.resultsPublished());
    }

    private void internal() {
        var d = accounts.internalDevelopment();
        section(AccountsSection.INTERNAL_DEVELOPMENT);
        h3("ip");
        html.append("<table class=\"figures\">\n");
        figure("agreementsWithIpTerms", t.number(d.intellectualProperty().agreementsWithIpTerms()));
        html.append("</table>\n");
        counts("byResultOwnership", d.intellectualProperty().byResultOwnership());
        h3("fund");
        if (d.calls().isEmpty()) {
            none();
        } else {
            html.append("<table>\n<tr>");
            for (String key : List.of("call", "budget", "applications", "granted", "rejected", "grantRate",
                    "grantedAmount")) {
                html.append("<th>").append(esc(t.text(key))).append("</th>");
            }
            html.append("</tr>\n");
            for (FundCall call : d.calls()) {
                html.append("<tr><td>").append(esc(call.fund())).append(' ').append(call.round()).append("</td>");
                cells(money(call.budget()), t.number(call.applications()), t.number(call.granted()),
                        t.number(call.rejected()), t.percent(call.grantRate()), money(call.grantedAmount()));
                html.append("</tr>\n");
            }
            html.append("<tr class=\"total\"><td>").append(esc(t.text("total"))).append("</td>");
            cells("", t.number(d.applications()), t.number(d.granted()), t.number(d.rejected()),
                    t.percent(d.grantRate()), "");
            html.append("</tr>\n</table>\n");
            counts("applicationsByKind", d.applicationsByKind());
            counts("grantsByKind", d.grantsByKind());
        }
        if (!d.series().isEmpty()) {
            h3("series");
            html.append("<table>\n<tr><th>").append(esc(t.text("year"))).append("</th><th>")
                    .append(esc(t.text("applications"))).append("</th><th>").append(esc(t.text("granted")))
                    .append("</th></tr>\n");
            for (FundYear year : d.series()) {
                html.append("<tr><td>").append(year.year()).append("</td>");
                cells(t.number(year.applications()), t.number(year.granted()));
                html.append("</tr>\n");
            }
            html.append("</table>\n");
        }
        projects("fundProjects", d.grantedProjects());
        projects("otherProjects", d.otherProjects());
    }

    private void testEnvironments() {
        var e = accounts.testEnvironments();
        section(AccountsSection.TEST_ENVIRONMENTS);
        h3("testbeds");
        if (e.testbeds().isEmpty()) {
            none();
        } else {
            html.append("<table>\n<tr><th>").append(esc(t.text("testbed"))).append("</th><th>")
                    .append(esc(t.text("establishedOn"))).append("</th><th>").append(esc(t.text("initiatives")))
                    .append("</th></tr>\n");
            for (Testbed testbed : e.testbeds()) {
                html.append("<tr><td>").append(esc(testbed.name())).append("</td><td>")
                        .append(testbed.establishedOn() == null ? "-" : testbed.establishedOn().toString())
                        .append("</td>");
                cells(t.number(testbed.initiatives()));
                html.append("</tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("<table class=\"figures\">\n");
        figure("pilotsStarted", t.number(e.pilotsStarted()));
        figure("pilotsCompleted", t.number(e.pilotsCompleted()));
        figure("testbedAgreementsInForce", t.number(e.testbedAgreementsInForce()));
        html.append("</table>\n");
        projects("pilots", e.pilots());
    }

    private void procurement() {
        var p = accounts.innovationAndProcurement();
        section(AccountsSection.INNOVATION_AND_PROCUREMENT);
        agreements("procurementAgreements", p.procurementAgreements());
        projects("partnerOffers", p.partnerOffers());
        html.append("<table class=\"figures\">\n");
        figure("needsIdentified", t.number(p.needsIdentified()));
        html.append("</table>\n");
        counts("needsBySource", p.needsBySource());
    }

    private void collaboration() {
        var c = accounts.collaboration();
        section(AccountsSection.COLLABORATION);
        html.append("<table class=\"figures\">\n");
        figure("partners", t.number(c.partners()));
        html.append("</table>\n");
        counts("partnersByKind", c.partnersByKind());
        counts("partnersByCountry", c.partnersByCountry());
        counts("agreementsByType", c.agreementsByType());
        agreements("agreementsInForce", c.agreementsInForce());
        if (!c.partnersNamedOnInitiatives().isEmpty()) {
            h3("partnersNamedOnInitiatives");
            html.append("<ul>\n");
            c.partnersNamedOnInitiatives().forEach(name -> html.append("<li>").append(esc(name)).append("</li>\n"));
            html.append("</ul>\n");
        }
    }

    private void notRecorded() {
        html.append("<h2 id=\"notRecorded\">").append(esc(t.text("notRecorded"))).append("</h2>\n<ul>\n");
        accounts.notRecorded().forEach(key -> html.append("<li>").append(esc(t.text(key))).append("</li>\n"));
        html.append("</ul>\n");
    }

    // ---- building blocks ----

    private void h3(String key) {
        html.append("<h3>").append(esc(t.text(key))).append("</h3>\n");
    }

    private void none() {
        html.append("<p class=\"none\">").append(esc(t.text("none"))).append("</p>\n");
    }

    private void figure(String key, String value) {
        row(t.text(key), value);
    }

    private void row(String label, String value) {
        html.append("<tr><th scope=\"row\">").append(esc(label)).append("</th><td class=\"n\">").append(esc(value))
                .append("</td></tr>\n");
    }

    private void cells(String... values) {
        for (String value : values) {
            html.append("<td class=\"n\">").append(esc(value)).append("</td>");
        }
    }

    private void counts(String key, List<Count> counts) {
        if (counts.isEmpty()) {
            return;
        }
        html.append("<table class=\"counts\">\n<caption>").append(esc(t.text(key))).append("</caption>\n");
        for (Count count : counts) {
            html.append("<tr><td>").append(esc(count.label())).append("</td><td class=\"n\">").append(count.count())
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void projects(String key, List<ProjectLine> lines) {
        h3(key);
        if (lines.isEmpty()) {
            none();
            return;
        }
        html.append("<table>\n<tr>");
        for (String column : List.of("title", "unit", "strategyArea", "phase", "date", "note")) {
            html.append("<th>").append(esc(t.text(column))).append("</th>");
        }
        html.append("</tr>\n");
        for (ProjectLine line : lines) {
            html.append("<tr>");
            for (String value : new String[]{line.title(), line.unit(), line.strategyArea(), line.phase(),
                    line.on() == null ? null : line.on().toString(), line.note()}) {
                html.append("<td>").append(esc(Objects.requireNonNullElse(value, ""))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private void agreements(String key, List<AgreementLine> lines) {
        h3(key);
        if (lines.isEmpty()) {
            none();
            return;
        }
        html.append("<table>\n<tr>");
        for (String column : List.of("agreement", "type", "partiesPartners", "validity", "status")) {
            html.append("<th>").append(esc(t.text(column))).append("</th>");
        }
        html.append("</tr>\n");
        for (AgreementLine line : lines) {
            html.append("<tr><td>").append(esc(line.title())).append("</td><td>").append(esc(line.type()))
                    .append("</td><td>").append(esc(String.join(", ", line.partners()))).append("</td><td>")
                    .append(line.validFrom()).append(" \u2013 ")
                    .append(line.validUntil() == null ? "" : line.validUntil().toString()).append("</td><td>")
                    .append(esc(line.status())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private String money(Money money) {
        return money == null ? "-" : t.number(money.amount()) + " " + money.currency();
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // characters XML 1.0 forbids (control characters) never reach the document
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static final String STYLE = """
            body { font-family: Helvetica, Arial, sans-serif; font-size: 10.5pt; color: #1a1a1a; margin: 2em; }
            h1 { font-size: 20pt; color: #002d5a; margin-bottom: 0.2em; }
            h2 { font-size: 15pt; color: #002d5a; border-bottom: 1px solid #9bb; margin-top: 1.6em; }
            h3 { font-size: 12pt; margin-top: 1.2em; }
            h4 { font-size: 11pt; margin: 0.8em 0 0.3em 0; }
            p.meta { color: #444; font-size: 9pt; }
            p.none { color: #555; font-style: italic; }
            p.colophon { margin-top: 2em; font-size: 9pt; color: #444; }
            table { border-collapse: collapse; margin: 0.4em 0 0.8em 0; }
            th, td { border: 1px solid #bbb; padding: 2px 6px; text-align: left; vertical-align: top; }
            th { background: #eef3f7; }
            td.n { text-align: right; }
            caption { text-align: left; font-weight: bold; padding: 2px 0; }
            tr.total td { font-weight: bold; }
            """;
}
