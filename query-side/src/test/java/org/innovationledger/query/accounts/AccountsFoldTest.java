package org.innovationledger.query.accounts;

import org.innovationledger.kernel.accounts.InnovationAccounts;
import org.innovationledger.kernel.accounts.InnovationAccounts.AgreementLine;
import org.innovationledger.kernel.accounts.InnovationAccounts.Collaboration;
import org.innovationledger.kernel.accounts.InnovationAccounts.Count;
import org.innovationledger.kernel.accounts.InnovationAccounts.FundCall;
import org.innovationledger.kernel.accounts.InnovationAccounts.FundYear;
import org.innovationledger.kernel.accounts.InnovationAccounts.InnovationAndProcurement;
import org.innovationledger.kernel.accounts.InnovationAccounts.IntegratedInnovation;
import org.innovationledger.kernel.accounts.InnovationAccounts.IntellectualProperty;
import org.innovationledger.kernel.accounts.InnovationAccounts.InternalDevelopment;
import org.innovationledger.kernel.accounts.InnovationAccounts.ProjectLine;
import org.innovationledger.kernel.accounts.InnovationAccounts.Summary;
import org.innovationledger.kernel.accounts.InnovationAccounts.TestEnvironments;
import org.innovationledger.kernel.accounts.InnovationAccounts.Testbed;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.agreement.AgreementInForce;
import org.innovationledger.kernel.agreement.AgreementType;
import org.innovationledger.kernel.agreement.CostPrinciple;
import org.innovationledger.kernel.agreement.ResultOwnership;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.fund.ApplicationKind;
import org.innovationledger.kernel.indicator.IndicatorReport;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeImplemented;
import org.innovationledger.kernel.initiative.InitiativeOrigin;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.partner.PartnerKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.innovationledger.query.accounts.Ledger.agreement;
import static org.innovationledger.query.accounts.Ledger.application;
import static org.innovationledger.query.accounts.Ledger.call;
import static org.innovationledger.query.accounts.Ledger.granted;
import static org.innovationledger.query.accounts.Ledger.initiative;
import static org.innovationledger.query.accounts.Ledger.ownUnit;
import static org.innovationledger.query.accounts.Ledger.partner;
import static org.innovationledger.query.accounts.Ledger.partyPartner;
import static org.innovationledger.query.accounts.Ledger.rejected;
import static org.innovationledger.query.accounts.Ledger.sek;
import static org.innovationledger.query.accounts.Ledger.terms;
import static org.innovationledger.query.accounts.Ledger.unit;
import static org.innovationledger.query.accounts.StockholmHistory.CLINIC;
import static org.innovationledger.query.accounts.StockholmHistory.HOME;
import static org.innovationledger.query.accounts.StockholmHistory.SLEEP;
import static org.innovationledger.query.accounts.StockholmHistory.STOCKHOLM;
import static org.innovationledger.query.accounts.StockholmHistory.TRIAGE;
import static org.innovationledger.query.accounts.StockholmHistory.UPPSALA;
import static org.innovationledger.query.accounts.StockholmHistory.XRAY;

/**
 * The accounts of 2021 folded from {@link StockholmHistory}, section by section, every figure worked out by hand from
 * the events (the comments say how); then the same fold up to an earlier position, and small histories for single
 * rules.
 */
class AccountsFoldTest {

    private static final String KAROLINSKA = "Karolinska Universitetssjukhuset";
    private static final String SLSO = "Stockholms läns sjukvårdsområde";
    private static final String CLINIC_NAME = "Innovationskliniken";

    private final StockholmHistory history = new StockholmHistory();
    private final InnovationAccounts accounts = Ledger.fold(history.events(), STOCKHOLM, 2021);

    private static Count count(String label, int count) {
        return new Count(label, count);
    }

    private static BigDecimal rate(String value) {
        return new BigDecimal(value);
    }

    // ---- the accounts of 2021 as of the last event (February 2022) ----

    @Test
    void theAccountsAreRegionStockholmsOf2021AsOfTheLastEvent() {
        assertThat(accounts.tenant()).isEqualTo(STOCKHOLM);
        assertThat(accounts.regionName()).as("Stockholm's REGION unit, not Uppsala's registered before it")
                .isEqualTo("Region Stockholm");
        assertThat(accounts.year()).isEqualTo(2021);
        assertThat(accounts.position()).isEqualTo(history.ledger.last());
        assertThat(accounts.edition()).isNull();
        assertThat(accounts.notRecorded()).containsExactly("TRAINING_PARTICIPANTS", "COMMUNICATION_EVENTS",
                "NETWORK_MEMBERSHIP", "IP_GUIDELINES", "SINGLE_ENTRY_RESPONSE_TIME", "APP_DOWNLOADS",
                "PARTNER_LEVEL");
    }

    @Test
    void summaryHeadlines() {
        Summary summary = accounts.summary();
        // 2021: Digital triage (decisions, pilot), AI-stöd (registered), Hemmonitorering (pilot ended, application),
        // Sömnapp (23:30 on New Year's Eve in Stockholm); not Framtidsprojekt (00:30 on New Year's Day), not
        // Gammalt projekt (nothing since 2020), not Uppsala's initiative
        assertThat(summary.initiativesInYear()).isEqualTo(4);
        // decided in 2021: Läkemedelsrobot (call of 2020, 150 000), Hemmonitorering steg 2 (500 000), Robotapotek
        // (250 000), Digital triage skalning (600 000); not Fortsatt röntgen-AI (granted January 2022), not Uppsala's
        assertThat(summary.fundProjectsGranted()).isEqualTo(4);
        assertThat(summary.fundGranted()).isEqualTo(sek("1500000"));
        // the two calls of 2021: 5 000 000 + 3 000 000
        assertThat(summary.fundCalls()).isEqualTo(2);
        assertThat(summary.fundBudget()).isEqualTo(sek("8000000"));
        // calls of 2020 and 2021: 3 + 4 + 3 applications; granted A01, A04, B1, B2, B6, B8 (B8 in January 2022)
        assertThat(summary.applicationsSinceStart()).isEqualTo(10);
        assertThat(summary.grantedSinceStart()).isEqualTo(6);
        assertThat(summary.firstFundYear()).isEqualTo(2020);
        assertThat(summary.implemented()).as("Digital triage at Karolinska").isEqualTo(1);

        assertThat(summary.indicators()).as("Stockholm's periods of 2021 in the order they were opened")
                .extracting(IndicatorReport::indicatorId)
                .containsExactly(StockholmHistory.METHODS, StockholmHistory.MATURITY);
        IndicatorReport methods = summary.indicators().get(0);
        // 18 of 23 = 78.26… %; 2020: 15 of 23 = 65.2 %: +13.1 points
        assertThat(methods.share()).isEqualTo(new IndicatorReport.Share("POPULATION", 18, 5, 23, rate("78.3"), 78,
                rate("78.3")));
        assertThat(methods.responses().corrected()).isEqualTo(1);
        assertThat(methods.previousYear().change().share()).isEqualTo(rate("13.1"));
        IndicatorReport maturity = summary.indicators().get(1);
        assertThat(maturity.scale().mean()).isEqualTo(rate("2.6"));
        assertThat(maturity.scale().meetingThreshold()).isEqualTo(20);
        assertThat(maturity.previousYear()).isNull();
    }

    @Test
    void integratedInnovation() {
        ProjectLine triage = new ProjectLine(TRIAGE, "Digital triage", KAROLINSKA, "Digital vård", "Införande", null,
                null);
        assertThat(accounts.integratedInnovation()).isEqualTo(new IntegratedInnovation(
                // most first, then by label ("-" for not classified: Sömnapp)
                List.of(count("Digital vård", 2), count("-", 1), count("Nära vård", 1)),
                List.of(count("-", 2), count("Akutsjukvård", 1), count("Bild- och funktionsmedicin", 1)),
                List.of(count("-", 1), count("METHOD", 1), count("PRODUCT", 1), count("SERVICE", 1)),
                // phases at the position: the retraction put AI-stöd back in Behovsanalys
                List.of(count("Behovsanalys", 1), count("Idé", 1), count("Införande", 1), count("Test", 1)),
                // 2021-02-15 and 2021-11-01 on Digital triage, 2021-05-10 on AI-stöd; its 2021-06-01 decision was
                // retracted; those of 2020 and Uppsala's do not count
                3,
                List.of(count("PROCEED", 2), count("IMPLEMENT", 1)),
                List.of(on(triage, "2021-11-15", null)),
                List.of(new ProjectLine(TRIAGE, "Digital triage", SLSO, "Digital vård", "Införande",
                        LocalDate.of(2021, 12, 1), null)),
                List.of(on(triage, "2021-12-10", "Årets innovation 2021"))));
    }

    private static ProjectLine on(ProjectLine line, String date, String note) {
        return new ProjectLine(line.initiativeId(), line.title(), line.unit(), line.strategyArea(), line.phase(),
                date == null ? null : LocalDate.parse(date), note);
    }

    @Test
    void internalDevelopment() {
        InternalDevelopment internal = accounts.internalDevelopment();
        // in force during 2021: the procurement (IP terms, PARTNER), the partner agreement (IP terms, JOINT) and
        // the testbed agreement (REGION, no IP terms)
        assertThat(internal.intellectualProperty()).isEqualTo(new IntellectualProperty(2,
                List.of(count("JOINT", 1), count("PARTNER", 1), count("REGION", 1))));
        assertThat(internal.calls()).containsExactly(
                // B1 500 000 and B2 250 000 granted, B3 rejected, B4 undecided: 2 of 4 = 50.0 %
                new FundCall("call-2021-1", "Innovationsfonden", 1, sek("5000000"), 4, 2, 1, rate("50.0"),
                        sek("750000")),
                // B6 600 000 and B8 200 000 (January 2022) granted, B7 rejected: 2 of 3 = 66.66… → 66.7 %
                new FundCall("call-2021-2", "Innovationsfonden", 2, sek("3000000"), 3, 2, 1, rate("66.7"),
                        sek("800000")));
        // 4 of 7 = 57.14… → 57.1 %
        assertThat(internal.applications()).isEqualTo(7);
        assertThat(internal.granted()).isEqualTo(4);
        assertThat(internal.rejected()).isEqualTo(2);
        assertThat(internal.grantRate()).isEqualTo(rate("57.1"));
        assertThat(internal.applicationsByKind()).containsExactly(count("NEW", 4), count("CONTINUATION", 2),
                count("IMPLEMENTATION", 1));
        assertThat(internal.grantsByKind()).containsExactly(count("NEW", 3), count("CONTINUATION", 1));
        // by the year of the call; the 2022 call is after the year
        assertThat(internal.series()).containsExactly(new FundYear(2020, 3, 2), new FundYear(2021, 7, 4));
        // decided in 2021, by date then title; a linked initiative lends its strategy area and phase
        assertThat(internal.grantedProjects()).containsExactly(
                new ProjectLine(null, "Läkemedelsrobot", KAROLINSKA, null, null, LocalDate.of(2021, 1, 15),
                        "150000.00 SEK"),
                new ProjectLine(HOME, "Hemmonitorering steg 2", SLSO, "Nära vård", "Test", LocalDate.of(2021, 5, 20),
                        "500000.00 SEK"),
                new ProjectLine(null, "Robotapotek", KAROLINSKA, null, null, LocalDate.of(2021, 5, 20),
                        "250000.00 SEK"),
                new ProjectLine(TRIAGE, "Digital triage skalning", KAROLINSKA, "Digital vård", "Införande",
                        LocalDate.of(2021, 11, 20), "600000.00 SEK"));
        // the year's initiatives without a grant in the year, by title
        assertThat(internal.otherProjects()).containsExactly(
                new ProjectLine(XRAY, "AI-stöd för röntgen", KAROLINSKA, "Digital vård", "Behovsanalys", null, null),
                new ProjectLine(SLEEP, "Sömnapp", SLSO, null, "Idé", null, null));
    }

    @Test
    void testEnvironments() {
        assertThat(accounts.testEnvironments()).isEqualTo(new TestEnvironments(
                // Testbädd Framtid is established only in 2022; Uppsala's testbed is not Stockholm's
                List.of(new Testbed(CLINIC, CLINIC_NAME, LocalDate.of(2019, 5, 1), 2)),
                // started: Digital triage (March), AI-stöd (December); completed: Hemmonitorering (February),
                // Digital triage (September); Gammalt projekt's pilot was in 2020
                2, 2,
                List.of(new ProjectLine(HOME, "Hemmonitorering", CLINIC_NAME, "Nära vård", "Test",
                                LocalDate.of(2020, 10, 1), "2021-02-28: Fungerade"),
                        new ProjectLine(TRIAGE, "Digital triage", CLINIC_NAME, "Digital vård", "Införande",
                                LocalDate.of(2021, 3, 1), "2021-09-30: Kortare väntetid"),
                        new ProjectLine(XRAY, "AI-stöd för röntgen", KAROLINSKA, "Digital vård", "Behovsanalys",
                                LocalDate.of(2021, 12, 1), null)),
                1));
    }

    private static final AgreementLine PROCUREMENT = new AgreementLine("agreement-ip-sensorer",
            "Innovationspartnerskap sensorer", "INNOVATION_PARTNERSHIP_PROCUREMENT",
            List.of("Karolinska Institutet", "Medtech AB"), LocalDate.of(2020, 6, 1), null, "IN_FORCE");

    @Test
    void innovationAndProcurement() {
        assertThat(accounts.innovationAndProcurement()).isEqualTo(new InnovationAndProcurement(
                List.of(PROCUREMENT),
                List.of(new ProjectLine(XRAY, "AI-stöd för röntgen", KAROLINSKA, "Digital vård", "Behovsanalys", null,
                                "Medtech AB"),
                        new ProjectLine(SLEEP, "Sömnapp", SLSO, null, "Idé", null, "Sömn Startup AB")),
                // recorded in 2021 in Stockholm: two by staff, one by a patient; the 2020 one, the one at 00:15 on
                // New Year's Day and Uppsala's do not count
                3,
                List.of(count("STAFF", 2), count("PATIENT", 1))));
    }

    @Test
    void collaboration() {
        assertThat(accounts.collaboration()).isEqualTo(new Collaboration(
                // parties to the agreements in force during 2021; not Vinnova (withdrawn draft), not Gammal Partner
                // (terminated 2020), not Framtid Oy (valid from 2022), not Uppsala's partner
                3,
                List.of(count("ACADEMIA", 1), count("COMPANY", 1), count("SME", 1)),
                List.of(count("SE", 2), count("DK", 1)),
                List.of(PROCUREMENT,
                        new AgreementLine("agreement-ini-rontgen-1", "Partneravtal röntgen-AI", "PARTNER",
                                List.of("Medtech AB"), LocalDate.of(2021, 2, 1), LocalDate.of(2024, 1, 31),
                                "IN_FORCE"),
                        new AgreementLine("agreement-ini-triage-1", "Testbäddsavtal Innovationskliniken", "TESTBED",
                                List.of("Danish Health Tech ApS"), LocalDate.of(2021, 3, 1),
                                LocalDate.of(2021, 10, 31), "EXPIRED")),
                List.of(count("INNOVATION_PARTNERSHIP_PROCUREMENT", 1), count("PARTNER", 1), count("TESTBED", 1)),
                // Medtech AB, named by AI-stöd, is registered
                List.of("Sömn Startup AB")));
    }

    // ---- as of an earlier position ----

    @Test
    void foldingUpToAnEarlierPositionGivesTheAccountsAsTheyStoodThere() {
        long june = history.retractedDecision;
        InnovationAccounts then = Ledger.fold(history.ledger.upTo(june), STOCKHOLM, 2021);

        assertThat(then.position()).isEqualTo(june);
        // Digital triage, AI-stöd, Hemmonitorering; Sömnapp is not registered yet. Granted by then: A04, B1, B2
        // (150 000 + 500 000 + 250 000); one call of 2021 (5 000 000); 3 + 4 applications since 2020 of which
        // A01, A04, B1, B2 granted; nothing implemented, no indicator period opened yet
        assertThat(then.summary()).isEqualTo(new Summary(3, 3, sek("900000"), 1, sek("5000000"), 7, 4, 2020, 0,
                List.of()));
        IntegratedInnovation integrated = then.integratedInnovation();
        assertThat(integrated.gateDecisions()).as("the decision of 1 June is not retracted yet").isEqualTo(3);
        assertThat(integrated.gateDecisionsByOutcome()).containsExactly(count("PROCEED", 3));
        assertThat(integrated.byPhase()).containsExactly(count("Test", 3));
        assertThat(integrated.byStrategyArea()).containsExactly(count("Digital vård", 2), count("Nära vård", 1));
        assertThat(integrated.implemented()).isEmpty();

        InternalDevelopment internal = then.internalDevelopment();
        assertThat(internal.calls()).containsExactly(new FundCall("call-2021-1", "Innovationsfonden", 1,
                sek("5000000"), 4, 2, 1, rate("50.0"), sek("750000")));
        assertThat(internal.series()).containsExactly(new FundYear(2020, 3, 2), new FundYear(2021, 4, 2));
        assertThat(internal.grantedProjects()).extracting(ProjectLine::title)
                .containsExactly("Läkemedelsrobot", "Hemmonitorering steg 2", "Robotapotek");
        assertThat(internal.otherProjects()).containsExactly(
                new ProjectLine(XRAY, "AI-stöd för röntgen", KAROLINSKA, "Digital vård", "Test", null, null),
                new ProjectLine(TRIAGE, "Digital triage", KAROLINSKA, "Digital vård", "Test", null, null));

        TestEnvironments environments = then.testEnvironments();
        assertThat(environments.pilotsStarted()).isEqualTo(1);
        assertThat(environments.pilotsCompleted()).isEqualTo(1);
        assertThat(environments.testbedAgreementsInForce()).isEqualTo(1);
        assertThat(then.innovationAndProcurement().needsIdentified()).isEqualTo(2);
        assertThat(then.innovationAndProcurement().needsBySource())
                .containsExactly(count("PATIENT", 1), count("STAFF", 1));
        assertThat(then.collaboration().agreementsInForce()).extracting(AgreementLine::agreementId,
                AgreementLine::validUntil, AgreementLine::status).containsExactly(
                tuple("agreement-ip-sensorer", null, "IN_FORCE"),
                tuple("agreement-ini-rontgen-1", LocalDate.of(2023, 1, 31), "IN_FORCE"),
                tuple("agreement-ini-triage-1", LocalDate.of(2021, 10, 31),
                        "IN_FORCE"));
        assertThat(then.collaboration().partnersNamedOnInitiatives()).isEmpty();
    }

    @Test
    void theSameEventsFoldedTwiceGiveEqualAccounts() {
        InnovationAccounts again = Ledger.fold(new StockholmHistory().events(), STOCKHOLM, 2021);
        assertThat(again).isEqualTo(accounts);
        assertThat(again.hashCode()).isEqualTo(accounts.hashCode());
        assertThat(Ledger.fold(history.events(), STOCKHOLM, 2021)).isEqualTo(accounts);
    }

    @Test
    void anotherRegionsAccountsSeeOnlyItsOwnEvents() {
        InnovationAccounts uppsala = Ledger.fold(history.events(), UPPSALA, 2021);
        assertThat(uppsala.regionName()).isEqualTo("Region Uppsala");
        assertThat(uppsala.summary().initiativesInYear()).isEqualTo(1);
        assertThat(uppsala.summary().fundProjectsGranted()).isEqualTo(1);
        assertThat(uppsala.summary().fundGranted()).isEqualTo(sek("100000"));
        assertThat(uppsala.summary().implemented()).isEqualTo(1);
        assertThat(uppsala.summary().indicators()).singleElement()
                .satisfies(report -> assertThat(report.share().yes()).isEqualTo(2));
        assertThat(uppsala.integratedInnovation().gateDecisions()).isEqualTo(1);
        assertThat(uppsala.testEnvironments().testbeds()).containsExactly(new Testbed("unit-upps-tb",
                "Uppsala testbädd", LocalDate.of(2018, 1, 1), 1));
        assertThat(uppsala.collaboration().partners()).isEqualTo(1);
        assertThat(uppsala.innovationAndProcurement().needsBySource()).containsExactly(count("COMPANY_INQUIRY", 1));
        // Uppsala's initiative names its partner, which is registered in Uppsala's register
        assertThat(uppsala.collaboration().partnersNamedOnInitiatives()).isEmpty();
    }

    // ---- single rules, on small histories ----

    private static Ledger region(TenantId tenant, String prefix) {
        Ledger ledger = new Ledger(10);
        ledger.on("2020-01-02");
        ledger.add(unit(prefix + "-region", tenant, "Region " + prefix, OrganisationUnitKind.REGION, null));
        ledger.add(unit(prefix + "-unit", tenant, "Enhet " + prefix, OrganisationUnitKind.CLINIC, null));
        return ledger;
    }

    @Test
    void anApplicationIdIsUniqueOnlyWithinItsCall() {
        Ledger l = region(STOCKHOLM, "s");
        l.add(unit("u-unit", UPPSALA, "Enhet u", OrganisationUnitKind.CLINIC, null));
        l.on("2021-02-01");
        l.add(call("call-s-1", STOCKHOLM, "Innovationsfonden", 1, 2021, "1000000"));
        l.add(call("call-s-2", STOCKHOLM, "Innovationsfonden", 2, 2021, "1000000"));
        l.add(call("call-u-1", UPPSALA, "Uppsala innovationsfond", 1, 2021, "1000000"));
        // the same application id in two calls of Stockholm's, and in Uppsala's call
        l.add(application("call-s-1", "app-1", ApplicationKind.NEW, "Första", "s-unit", null, "2021-03-01"));
        l.add(application("call-s-2", "app-1", ApplicationKind.CONTINUATION, "Andra", "s-unit", null, "2021-09-01"));
        l.add(application("call-u-1", "app-1", ApplicationKind.NEW, "Uppsalas", "u-unit", null, "2021-03-01"));
        l.add(granted("call-s-1", "app-1", "100000", "2021-05-01"));
        l.add(rejected("call-s-2", "app-1", "2021-11-01"));
        l.add(granted("call-u-1", "app-1", "999000", "2021-11-02"));

        InnovationAccounts accounts = Ledger.fold(l.events(), STOCKHOLM, 2021);
        assertThat(accounts.internalDevelopment().calls()).containsExactly(
                new FundCall("call-s-1", "Innovationsfonden", 1, sek("1000000"), 1, 1, 0, rate("100.0"),
                        sek("100000")),
                new FundCall("call-s-2", "Innovationsfonden", 2, sek("1000000"), 1, 0, 1, rate("0.0"), null));
        assertThat(accounts.internalDevelopment().applicationsByKind())
                .containsExactly(count("CONTINUATION", 1), count("NEW", 1));
        assertThat(accounts.summary().fundProjectsGranted()).isEqualTo(1);
        assertThat(accounts.summary().fundGranted()).isEqualTo(sek("100000"));
        assertThat(accounts.summary().applicationsSinceStart()).isEqualTo(2);
        assertThat(accounts.summary().grantedSinceStart()).isEqualTo(1);
    }

    @Test
    void aRejectionInTheYearMakesTheLinkedInitiativeActiveInIt() {
        Ledger l = region(STOCKHOLM, "s");
        l.on("2020-02-01");
        l.add(initiative("ini-avslag", STOCKHOLM, "Avslagen idé", "s-unit", InitiativeOrigin.NEED, null));
        l.add(call("call-2020", STOCKHOLM, "Innovationsfonden", 1, 2020, "1000000"));
        l.add(application("call-2020", "app-1", ApplicationKind.NEW, "Avslagen ansökan", "s-unit", "ini-avslag",
                "2020-11-01"));
        l.on("2021-02-10");
        l.add(rejected("call-2020", "app-1", "2021-02-10"));

        InnovationAccounts accounts = Ledger.fold(l.events(), STOCKHOLM, 2021);
        assertThat(accounts.summary().initiativesInYear()).as("the decision on its application").isEqualTo(1);
        assertThat(accounts.internalDevelopment().otherProjects()).extracting(ProjectLine::initiativeId)
                .containsExactly("ini-avslag");
        assertThat(Ledger.fold(l.events(), STOCKHOLM, 2020).summary().initiativesInYear()).isEqualTo(1);
    }

    @Test
    void anInitiativeImplementedAtTwoUnitsCountsOnce() {
        Ledger l = region(STOCKHOLM, "s");
        l.add(unit("s-unit-2", STOCKHOLM, "Enhet två", OrganisationUnitKind.CLINIC, null));
        l.on("2021-02-01");
        l.add(initiative("ini-1", STOCKHOLM, "Införd lösning", "s-unit", InitiativeOrigin.NEED, null));
        l.add(new InitiativeImplemented(InitiativeId.of("ini-1"), OrganisationUnitId.of("s-unit"),
                LocalDate.of(2021, 4, 1)));
        l.add(new InitiativeImplemented(InitiativeId.of("ini-1"), OrganisationUnitId.of("s-unit-2"),
                LocalDate.of(2021, 9, 1)));

        InnovationAccounts accounts = Ledger.fold(l.events(), STOCKHOLM, 2021);
        assertThat(accounts.summary().implemented()).as("initiatives, not implementations").isEqualTo(1);
        assertThat(accounts.integratedInnovation().implemented()).extracting(ProjectLine::unit, ProjectLine::on)
                .containsExactly(tuple("Enhet s", LocalDate.of(2021, 4, 1)),
                        tuple("Enhet två", LocalDate.of(2021, 9, 1)));
    }

    @Test
    void aPartnerNamedOnAnInitiativeIsUnregisteredOnlyWhenNotInTheRegionsRegister() {
        Ledger l = region(STOCKHOLM, "s");
        l.on("2021-01-10");
        // Vinnova is in Stockholm's register, but party to no agreement in force
        l.add(partner("partner-vinnova", STOCKHOLM, "Vinnova", PartnerKind.FUNDER, "SE"));
        // "Startup AB" is only in Uppsala's register
        l.add(partner("partner-upps", UPPSALA, "Startup AB", PartnerKind.START_UP, "SE"));
        l.add(initiative("ini-1", STOCKHOLM, "Forskningssamarbete", "s-unit", InitiativeOrigin.PARTNER_OFFER,
                "vinnova"));
        l.add(initiative("ini-2", STOCKHOLM, "Startupidé", "s-unit", InitiativeOrigin.PARTNER_OFFER, "Startup AB"));

        InnovationAccounts accounts = Ledger.fold(l.events(), STOCKHOLM, 2021);
        assertThat(accounts.collaboration().partnersNamedOnInitiatives()).containsExactly("Startup AB");
        assertThat(accounts.collaboration().partners()).as("no agreement in force").isZero();
    }

    @Test
    void anAgreementCountsWhenInForceOnSomeDayOfTheYear() {
        Ledger l = region(STOCKHOLM, "s");
        l.on("2020-01-10");
        l.add(partner("partner-1", STOCKHOLM, "Partner AB", PartnerKind.COMPANY, "SE"));
        String[][] agreements = {
                // id, valid from, valid until, signed on
                {"agreement-ended-2020", "2020-01-01", "2020-12-31", "2020-01-05"},
                {"agreement-last-day", "2020-01-01", "2021-01-01", "2020-01-05"},
                {"agreement-first-day", "2021-12-31", null, "2021-12-01"},
                {"agreement-from-2022", "2022-01-01", null, "2021-12-01"},
                {"agreement-signed-2022", "2021-06-01", null, "2022-01-02"},
        };
        for (String[] a : agreements) {
            l.add(agreement(a[0], STOCKHOLM, null, a[0], AgreementType.COLLABORATION,
                    List.of(ownUnit("s-region", "region"), partyPartner("partner-1", "partner")),
                    terms(CostPrinciple.EACH_PARTY_OWN_COSTS, ResultOwnership.JOINT, null), a[1], a[2]));
            l.add(new AgreementInForce(AgreementId.of(a[0]), LocalDate.parse(a[3])));
        }

        assertThat(Ledger.fold(l.events(), STOCKHOLM, 2021).collaboration().agreementsInForce())
                .extracting(AgreementLine::agreementId)
                .containsExactly("agreement-first-day", "agreement-last-day");
    }

    @Test
    void aRegionWithoutARegionUnitOrFundIsNamedByItsTenant() {
        Ledger l = new Ledger(0);
        l.on("2021-03-01");
        l.add(initiative("ini-1", TenantId.of("region-test"), "Idé", "unit-x", InitiativeOrigin.NEED, null));

        InnovationAccounts accounts = Ledger.fold(l.events(), TenantId.of("region-test"), 2021);
        assertThat(accounts.regionName()).isEqualTo("region-test");
        assertThat(accounts.position()).isZero();
        assertThat(accounts.summary()).isEqualTo(new Summary(1, 0, null, 0, null, 0, 0, null, 0, List.of()));
        assertThat(accounts.internalDevelopment().grantRate()).isNull();
        assertThat(accounts.internalDevelopment().series()).isEmpty();
        assertThat(accounts.internalDevelopment().otherProjects()).extracting(ProjectLine::unit)
                .as("an unknown unit is shown by its id").containsExactly("unit-x");
    }
}
