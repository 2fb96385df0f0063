package org.innovationledger.query.accounts;

import org.innovationledger.kernel.agreement.AgreementAmended;
import org.innovationledger.kernel.agreement.AgreementDraftWithdrawn;
import org.innovationledger.kernel.agreement.AgreementExpired;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.agreement.AgreementInForce;
import org.innovationledger.kernel.agreement.AgreementTerminated;
import org.innovationledger.kernel.agreement.ResultOwnership;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.indicator.IndicatorDefinition;
import org.innovationledger.kernel.indicator.IndicatorId;
import org.innovationledger.kernel.indicator.IndicatorKind;
import org.innovationledger.kernel.indicator.IndicatorValue;
import org.innovationledger.kernel.indicator.IndicatorValueCorrected;
import org.innovationledger.kernel.indicator.IndicatorValueSubmitted;
import org.innovationledger.kernel.indicator.NonResponseRecorded;
import org.innovationledger.kernel.indicator.ReportingPeriodClosed;
import org.innovationledger.kernel.indicator.ReportingPeriodId;
import org.innovationledger.kernel.indicator.ReportingPeriodOpened;
import org.innovationledger.kernel.indicator.Threshold;
import org.innovationledger.kernel.indicator.ThresholdComparison;
import org.innovationledger.kernel.initiative.GateDecisionRetracted;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeImplemented;
import org.innovationledger.kernel.initiative.InitiativeSpread;
import org.innovationledger.kernel.initiative.PilotCompleted;
import org.innovationledger.kernel.initiative.PilotStarted;
import org.innovationledger.kernel.initiative.ResultsPublished;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.need.NeedIdentified;
import org.innovationledger.kernel.need.NeedSource;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.partner.PartnerKind;
import org.innovationledger.kernel.process.GateOutcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.innovationledger.kernel.agreement.AgreementType.COLLABORATION;
import static org.innovationledger.kernel.agreement.AgreementType.INNOVATION_PARTNERSHIP_PROCUREMENT;
import static org.innovationledger.kernel.agreement.AgreementType.NDA;
import static org.innovationledger.kernel.agreement.AgreementType.PARTNER;
import static org.innovationledger.kernel.agreement.AgreementType.TESTBED;
import static org.innovationledger.kernel.agreement.CostPrinciple.EACH_PARTY_OWN_COSTS;
import static org.innovationledger.kernel.agreement.CostPrinciple.SHARED;
import static org.innovationledger.kernel.agreement.ResultOwnership.EACH_PARTY_OWN_RESULTS;
import static org.innovationledger.kernel.agreement.ResultOwnership.JOINT;
import static org.innovationledger.kernel.agreement.ResultOwnership.REGION;
import static org.innovationledger.kernel.fund.ApplicationKind.CONTINUATION;
import static org.innovationledger.kernel.fund.ApplicationKind.IMPLEMENTATION;
import static org.innovationledger.kernel.fund.ApplicationKind.NEW;
import static org.innovationledger.kernel.initiative.InitiativeOrigin.NEED;
import static org.innovationledger.kernel.initiative.InitiativeOrigin.PARTNER_OFFER;
import static org.innovationledger.kernel.initiative.InnovationType.METHOD;
import static org.innovationledger.kernel.initiative.InnovationType.PRODUCT;
import static org.innovationledger.kernel.initiative.InnovationType.SERVICE;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.ADMINISTRATION;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.BOARD;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.COMPANY;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.HOSPITAL;
import static org.innovationledger.kernel.partner.PartnerKind.ACADEMIA;
import static org.innovationledger.kernel.partner.PartnerKind.FUNDER;
import static org.innovationledger.kernel.partner.PartnerKind.SME;
import static org.innovationledger.kernel.partner.PartnerKind.START_UP;
import static org.innovationledger.query.accounts.Ledger.agreement;
import static org.innovationledger.query.accounts.Ledger.application;
import static org.innovationledger.query.accounts.Ledger.call;
import static org.innovationledger.query.accounts.Ledger.classified;
import static org.innovationledger.query.accounts.Ledger.granted;
import static org.innovationledger.query.accounts.Ledger.initiative;
import static org.innovationledger.query.accounts.Ledger.ownUnit;
import static org.innovationledger.query.accounts.Ledger.partner;
import static org.innovationledger.query.accounts.Ledger.partyPartner;
import static org.innovationledger.query.accounts.Ledger.rejected;
import static org.innovationledger.query.accounts.Ledger.terms;
import static org.innovationledger.query.accounts.Ledger.unit;
import static org.innovationledger.query.testsupport.InitiativeEvents.decision;

/**
 * A small history of Region Stockholm from 2019 to February 2022, with Region Uppsala's events interleaved, for the
 * accounts of 2021. The figures the accounts should show are worked out by hand in {@code AccountsFoldTest}.
 * <ul>
 *     <li>Initiatives: Digital triage (2020; decided, piloted, implemented, spread and awarded in 2021),
 *     AI-stöd för röntgen (registered 2021 from Medtech AB's offer; one of its 2021 decisions retracted),
 *     Hemmonitorering (2019; its pilot ended and it got a fund grant in 2021), Sömnapp (registered 23:30 on New
 *     Year's Eve in Stockholm: 2021), Framtidsprojekt (00:30 on New Year's Day in Stockholm: 2022) and Gammalt
 *     projekt (discontinued in 2020).</li>
 *     <li>The innovation fund: a 2020 call (3 applications; one granted only in January 2021), two 2021 calls
 *     (4 and 3 applications) and a 2022 call.</li>
 *     <li>Agreements: a partner agreement with IP terms, a testbed agreement (expired in October 2021), an
 *     innovation-partnership procurement with IP terms (since 2020), a withdrawn draft, one terminated in 2020 and an
 *     NDA signed in December 2021 but valid from 2022.</li>
 *     <li>Indicators: 18 of 23 yes (15 of 23 in 2020) and a maturity mean of 2.6 with 20 of 23 above level 2.</li>
 * </ul>
 */
final class StockholmHistory {

    static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    static final TenantId UPPSALA = TenantId.of("region-uppsala");

    static final String REGION_UNIT = "unit-sthlm-region";
    static final String KAROLINSKA = "unit-karolinska";
    static final String SLSO = "unit-slso";
    static final String CLINIC = "unit-innoklin";
    static final String FUTURE_TESTBED = "unit-framtid";

    static final String TRIAGE = "ini-triage";
    static final String XRAY = "ini-rontgen";
    static final String HOME = "ini-hemmon";
    static final String SLEEP = "ini-somn";
    static final String FUTURE = "ini-framtid";
    static final String OLD = "ini-gammal";

    static final IndicatorId METHODS = IndicatorId.of("indicator-metoder");
    static final IndicatorId MATURITY = IndicatorId.of("indicator-mognad");
    static final String METHODS_WORDING = "Nämnder/bolag har infört metoder och verktyg för att arbeta med"
            + " innovationer på ett systematiskt sätt i den egna verksamheten";
    static final IndicatorDefinition METHODS_V1 = new IndicatorDefinition(METHODS_WORDING,
            IndicatorKind.BOOLEAN_SHARE, "andel nämnder och bolag (%)", "RS 2019-0412", null, null, null);
    static final IndicatorDefinition MATURITY_V1 = new IndicatorDefinition("Innovationsgrad/Innovationsmognad",
            IndicatorKind.SCALE_1_5, "nivå 1–5", null, List.of("Nivå 1", "Nivå 2", "Nivå 3", "Nivå 4", "Nivå 5"),
            new Threshold(BigDecimal.valueOf(2), ThresholdComparison.ABOVE), null);

    final Ledger ledger = new Ledger(1_000);
    /** The position of the decision on AI-stöd för röntgen of 1 June 2021 that is retracted on 20 June. */
    final long retractedDecision;

    StockholmHistory() {
        retractedDecision = build();
    }

    List<LedgerEvent> events() {
        return ledger.events();
    }

    private long build() {
        Ledger l = ledger;
        List<OrganisationUnitId> boardsAndCompanies = new ArrayList<>();

        l.on("2019-01-02");
        l.add(unit("unit-upps-region", UPPSALA, "Region Uppsala", OrganisationUnitKind.REGION, null));
        l.add(unit(REGION_UNIT, STOCKHOLM, "Region Stockholm", OrganisationUnitKind.REGION, null));
        l.add(unit(KAROLINSKA, STOCKHOLM, "Karolinska Universitetssjukhuset", HOSPITAL, null));
        l.add(unit(SLSO, STOCKHOLM, "Stockholms läns sjukvårdsområde", ADMINISTRATION, null));
        l.add(unit("unit-upps-tb", UPPSALA, "Uppsala testbädd", OrganisationUnitKind.TESTBED, LocalDate.of(2018, 1, 1)));
        for (int n = 0; n < 23; n++) {
            String id = "unit-nb-" + n;
            l.add(unit(id, STOCKHOLM, (n < 6 ? "Nämnd " : "Bolag ") + n, n < 6 ? BOARD : COMPANY, null));
            boardsAndCompanies.add(OrganisationUnitId.of(id));
        }

        l.on("2019-01-10");
        l.add(partner("partner-gammal", STOCKHOLM, "Gammal Partner AB",
                PartnerKind.COMPANY, "SE"));
        l.add(agreement("agreement-gammal", STOCKHOLM, null, "Gammalt samverkansavtal", COLLABORATION,
                List.of(ownUnit(REGION_UNIT, "region"), partyPartner("partner-gammal", "partner")),
                terms(SHARED, JOINT, "Gemensamt"), "2019-02-01", null));
        l.on("2019-01-20");
        l.add(new AgreementInForce(AgreementId.of("agreement-gammal"), LocalDate.of(2019, 1, 20)));
        l.on("2019-05-02");
        l.add(unit(CLINIC, STOCKHOLM, "Innovationskliniken", OrganisationUnitKind.TESTBED, LocalDate.of(2019, 5, 1)));
        l.on("2019-11-05");
        l.add(initiative(HOME, STOCKHOLM, "Hemmonitorering", SLSO, NEED, null));
        l.on("2019-12-01");
        l.add(initiative(OLD, STOCKHOLM, "Gammalt projekt", KAROLINSKA, NEED, null));

        // ---- 2020 ----
        l.on("2020-02-01");
        l.add(call("call-2020", STOCKHOLM, "Innovationsfonden", 1, 2020, "2000000"));
        l.on("2020-02-10");
        l.add(classified(HOME, "Nära vård", null, METHOD, CLINIC));
        l.on("2020-03-01");
        l.add(application("call-2020", "app-a01", NEW, "Digitalt körkort", SLSO, null, "2020-03-01"));
        l.add(application("call-2020", "app-a02", NEW, "Smart säng", KAROLINSKA, null, "2020-03-01"));
        l.add(new PilotStarted(InitiativeId.of(OLD), "p-1", OrganisationUnitId.of(KAROLINSKA),
                LocalDate.of(2020, 3, 1)));
        l.addAt("2020-03-10T09:00:00Z", initiative(TRIAGE, STOCKHOLM, "Digital triage", KAROLINSKA, NEED, null));
        l.on("2020-03-20");
        l.add(application("call-2020", "app-a04", NEW, "Läkemedelsrobot", KAROLINSKA, null, "2020-03-20"));
        l.on("2020-04-01");
        l.add(need("need-2020-1", STOCKHOLM, NeedSource.STAFF));
        l.on("2020-05-01");
        l.add(granted("call-2020", "app-a01", "300000", "2020-05-01"));
        l.add(rejected("call-2020", "app-a02", "2020-05-01"));
        l.on("2020-05-15");
        l.add(partner("partner-medtech", STOCKHOLM, "Medtech AB",
                PartnerKind.COMPANY, "SE"));
        l.add(partner("partner-ki", STOCKHOLM, "Karolinska Institutet", ACADEMIA, "SE"));
        l.add(agreement("agreement-ip-sensorer", STOCKHOLM, null, "Innovationspartnerskap sensorer",
                INNOVATION_PARTNERSHIP_PROCUREMENT, List.of(ownUnit(REGION_UNIT, "upphandlande myndighet"),
                        partyPartner("partner-medtech", "leverantör"), partyPartner("partner-ki", "forskningspartner")),
                terms(EACH_PARTY_OWN_COSTS, ResultOwnership.PARTNER,
                        "Leverantören äger resultaten; regionen har nyttjanderätt"), "2020-06-01", null));
        l.add(new AgreementInForce(AgreementId.of("agreement-ip-sensorer"), LocalDate.of(2020, 5, 15)));
        l.on("2020-06-01");
        l.add(decision(InitiativeId.of(HOME), 1, "G1", GateOutcome.PROCEED, "Idé", "Test", LocalDate.of(2020, 6, 1)));
        l.on("2020-06-30");
        l.add(new AgreementTerminated(AgreementId.of("agreement-gammal"), List.of(), "Inaktuellt",
                LocalDate.of(2020, 6, 30), null));
        l.on("2020-08-01");
        l.add(new PilotCompleted(InitiativeId.of(OLD), "p-1", LocalDate.of(2020, 8, 1), "Avbröts"));
        l.on("2020-09-01");
        l.add(decision(InitiativeId.of(OLD), 1, "G1", GateOutcome.DISCONTINUE, "Idé", null,
                LocalDate.of(2020, 9, 1)));
        l.on("2020-10-01");
        l.add(new PilotStarted(InitiativeId.of(HOME), "p-1", OrganisationUnitId.of(CLINIC),
                LocalDate.of(2020, 10, 1)));
        l.on("2020-11-01");
        ReportingPeriodId methods2020 = opened(METHODS, METHODS_V1, 2020, boardsAndCompanies);
        l.on("2021-01-20");
        for (int n = 0; n < 22; n++) {
            l.add(submitted(methods2020, boardsAndCompanies.get(n), IndicatorValue.of(n < 15), "2021-01-20"));
        }
        l.add(new NonResponseRecorded(methods2020, boardsAndCompanies.get(22), null, LocalDate.of(2021, 2, 1)));

        // ---- 2021 ----
        l.on("2021-01-15");
        l.add(granted("call-2020", "app-a04", "150000", "2021-01-15"));
        l.addAt("2021-01-20T09:00:00Z", initiative(XRAY, STOCKHOLM, "AI-stöd för röntgen", KAROLINSKA,
                PARTNER_OFFER, "Medtech AB"));
        l.on("2021-01-22");
        l.add(agreement("agreement-ini-rontgen-1", STOCKHOLM, XRAY, "Partneravtal röntgen-AI", PARTNER,
                List.of(ownUnit(REGION_UNIT, "region"), partyPartner("partner-medtech", "företagspartner")),
                terms(EACH_PARTY_OWN_COSTS, JOINT, "Gemensamt ägande av resultaten; patent söks gemensamt"),
                "2021-02-01", "2023-01-31"));
        l.on("2021-01-25");
        l.add(new AgreementInForce(AgreementId.of("agreement-ini-rontgen-1"), LocalDate.of(2021, 1, 25)));
        l.on("2021-02-01");
        l.add(classified(TRIAGE, "Digital vård", "Akutsjukvård", SERVICE, CLINIC));
        l.addAt("2021-02-01T10:00:00Z", initiative("ini-upps-1", UPPSALA, "Uppsala-initiativ", "unit-upps-region",
                PARTNER_OFFER, "Uppsala Företag AB"));
        l.on("2021-02-02");
        l.add(classified(XRAY, "Digital vård", "Bild- och funktionsmedicin", PRODUCT, null));
        l.add(classified("ini-upps-1", "Digital vård", "Akutsjukvård", SERVICE, "unit-upps-tb"));
        l.on("2021-02-15");
        l.add(decision(InitiativeId.of(TRIAGE), 1, "G1", GateOutcome.PROCEED, "Idé", "Test",
                LocalDate.of(2021, 2, 15)));
        l.add(new ReportingPeriodClosed(methods2020, LocalDate.of(2021, 2, 15)));
        l.on("2021-02-20");
        l.add(partner("partner-dht", STOCKHOLM, "Danish Health Tech ApS", SME, "DK"));
        l.add(agreement("agreement-ini-triage-1", STOCKHOLM, TRIAGE, "Testbäddsavtal Innovationskliniken", TESTBED,
                List.of(ownUnit(CLINIC, "testbädd"), partyPartner("partner-dht", "företag")),
                terms(SHARED, REGION, null), "2021-03-01", "2021-10-31"));
        l.add(new AgreementInForce(AgreementId.of("agreement-ini-triage-1"), LocalDate.of(2021, 2, 20)));
        l.on("2021-02-28");
        l.add(new PilotCompleted(InitiativeId.of(HOME), "p-1", LocalDate.of(2021, 2, 28), "Fungerade"));
        l.on("2021-03-01");
        l.add(new PilotStarted(InitiativeId.of(TRIAGE), "p-1", OrganisationUnitId.of(CLINIC),
                LocalDate.of(2021, 3, 1)));
        l.add(call("call-2021-1", STOCKHOLM, "Innovationsfonden", 1, 2021, "5000000"));
        l.add(partner("partner-upps", UPPSALA, "Uppsala Företag AB",
                PartnerKind.COMPANY, "SE"));
        l.add(agreement("agreement-upps", UPPSALA, "ini-upps-1", "Uppsala samverkan", COLLABORATION,
                List.of(ownUnit("unit-upps-region", "region"), partyPartner("partner-upps", "partner")),
                terms(EACH_PARTY_OWN_COSTS, JOINT, "Gemensamt"), "2021-03-01", null));
        l.add(new AgreementInForce(AgreementId.of("agreement-upps"), LocalDate.of(2021, 3, 1)));
        l.on("2021-03-05");
        l.add(call("call-upps-2021", UPPSALA, "Uppsala innovationsfond", 1, 2021, "1000000"));
        l.add(application("call-upps-2021", "app-u1", NEW, "Uppsala projekt", "unit-upps-region", "ini-upps-1",
                "2021-03-05"));
        l.add(decision(InitiativeId.of("ini-upps-1"), 1, "G1", GateOutcome.PROCEED, "Idé", "Test",
                LocalDate.of(2021, 3, 5)));
        l.add(new PilotStarted(InitiativeId.of("ini-upps-1"), "p-1", OrganisationUnitId.of("unit-upps-tb"),
                LocalDate.of(2021, 3, 5)));
        l.add(need("need-upps-1", UPPSALA, NeedSource.COMPANY_INQUIRY));
        l.on("2021-03-15");
        l.add(application("call-2021-1", "app-b1", NEW, "Hemmonitorering steg 2", SLSO, HOME, "2021-03-15"));
        l.add(application("call-2021-1", "app-b2", NEW, "Robotapotek", KAROLINSKA, null, "2021-03-16"));
        l.add(application("call-2021-1", "app-b3", CONTINUATION, "Fortsatt VR-träning", KAROLINSKA, null,
                "2021-03-17"));
        l.add(application("call-2021-1", "app-b4", IMPLEMENTATION, "Införande av e-recept", SLSO, null,
                "2021-03-18"));
        l.on("2021-03-20");
        l.add(need("need-2021-1", STOCKHOLM, NeedSource.STAFF));
        l.on("2021-04-01");
        l.add(partner("partner-vinnova", STOCKHOLM, "Vinnova", FUNDER, "SE"));
        l.add(agreement("agreement-vinnova", STOCKHOLM, null, "Avtal med Vinnova", COLLABORATION,
                List.of(ownUnit(REGION_UNIT, "region"), partyPartner("partner-vinnova", "finansiär")),
                terms(EACH_PARTY_OWN_COSTS, EACH_PARTY_OWN_RESULTS, "Varje part äger sina resultat"), "2021-05-01",
                null));
        l.add(new AgreementDraftWithdrawn(AgreementId.of("agreement-vinnova"), LocalDate.of(2021, 4, 1)));
        l.on("2021-04-02");
        l.add(need("need-2021-2", STOCKHOLM, NeedSource.PATIENT));
        l.on("2021-05-10");
        l.add(decision(InitiativeId.of(XRAY), 1, "G1", GateOutcome.PROCEED, "Idé", "Behovsanalys",
                LocalDate.of(2021, 5, 10)));
        l.on("2021-05-20");
        l.add(granted("call-2021-1", "app-b1", "500000", "2021-05-20"));
        l.add(granted("call-2021-1", "app-b2", "250000", "2021-05-20"));
        l.add(rejected("call-2021-1", "app-b3", "2021-05-20"));
        l.on("2021-06-01");
        l.add(granted("call-upps-2021", "app-u1", "100000", "2021-06-01"));
        long retracted = l.add(decision(InitiativeId.of(XRAY), 2, "G2", GateOutcome.PROCEED, "Behovsanalys", "Test",
                LocalDate.of(2021, 6, 1)));
        l.on("2021-06-20");
        l.add(new GateDecisionRetracted(InitiativeId.of(XRAY), XRAY + "-D2", "Behovsanalys"));
        l.on("2021-08-15");
        l.add(call("call-2021-2", STOCKHOLM, "Innovationsfonden", 2, 2021, "3000000"));
        l.on("2021-09-01");
        l.add(application("call-2021-2", "app-b6", NEW, "Digital triage skalning", KAROLINSKA, TRIAGE,
                "2021-09-01"));
        l.add(application("call-2021-2", "app-b7", NEW, "Sensorer i hemmet", SLSO, null, "2021-09-02"));
        l.add(application("call-2021-2", "app-b8", CONTINUATION, "Fortsatt röntgen-AI", KAROLINSKA, XRAY,
                "2021-09-03"));
        l.on("2021-09-30");
        l.add(new PilotCompleted(InitiativeId.of(TRIAGE), "p-1", LocalDate.of(2021, 9, 30), "Kortare väntetid"));
        l.on("2021-10-01");
        l.add(new InitiativeImplemented(InitiativeId.of("ini-upps-1"), OrganisationUnitId.of("unit-upps-region"),
                LocalDate.of(2021, 10, 1)));
        l.add(unit(FUTURE_TESTBED, STOCKHOLM, "Testbädd Framtid", OrganisationUnitKind.TESTBED, LocalDate.of(2022, 3, 1)));
        l.on("2021-10-31");
        l.add(new AgreementExpired(AgreementId.of("agreement-ini-triage-1"), LocalDate.of(2021, 10, 31)));
        l.on("2021-11-01");
        l.add(decision(InitiativeId.of(TRIAGE), 2, "G2", GateOutcome.IMPLEMENT, "Test", "Införande",
                LocalDate.of(2021, 11, 1)));
        ReportingPeriodId methods2021 = opened(METHODS, METHODS_V1, 2021, boardsAndCompanies);
        ReportingPeriodId maturity2021 = opened(MATURITY, MATURITY_V1, 2021, boardsAndCompanies);
        l.on("2021-11-15");
        l.add(new InitiativeImplemented(InitiativeId.of(TRIAGE), OrganisationUnitId.of(KAROLINSKA),
                LocalDate.of(2021, 11, 15)));
        l.on("2021-11-20");
        l.add(granted("call-2021-2", "app-b6", "600000", "2021-11-20"));
        l.add(rejected("call-2021-2", "app-b7", "2021-11-20"));
        l.on("2021-12-01");
        l.add(new InitiativeSpread(InitiativeId.of(TRIAGE), OrganisationUnitId.of(SLSO), LocalDate.of(2021, 12, 1)));
        l.add(new PilotStarted(InitiativeId.of(XRAY), "p-1", OrganisationUnitId.of(KAROLINSKA),
                LocalDate.of(2021, 12, 1)));
        l.on("2021-12-10");
        l.add(new ResultsPublished(InitiativeId.of(TRIAGE), "Årets innovation 2021", "Innovationsfondens dag", null,
                LocalDate.of(2021, 12, 10)));
        l.on("2021-12-15");
        l.add(need("need-2021-3", STOCKHOLM, NeedSource.STAFF));
        l.on("2021-12-20");
        l.add(partner("partner-oy", STOCKHOLM, "Framtid Oy", START_UP, "FI"));
        l.add(agreement("agreement-nda-oy", STOCKHOLM, null, "Sekretessavtal Framtid Oy", NDA,
                List.of(ownUnit(REGION_UNIT, "region"), partyPartner("partner-oy", "part")),
                terms(EACH_PARTY_OWN_COSTS, REGION, null), "2022-01-01", null));
        l.add(new AgreementInForce(AgreementId.of("agreement-nda-oy"), LocalDate.of(2021, 12, 20)));
        // 23:30 in Stockholm on New Year's Eve: still 2021
        l.addAt("2021-12-31T22:30:00Z", initiative(SLEEP, STOCKHOLM, "Sömnapp", SLSO, PARTNER_OFFER,
                "Sömn Startup AB"));
        // 00:15 and 00:30 in Stockholm on New Year's Day: 2022, although still 2021 in UTC
        l.addAt("2021-12-31T23:15:00Z", need("need-2022-1", STOCKHOLM, NeedSource.SHADOWING));
        l.addAt("2021-12-31T23:30:00Z", initiative(FUTURE, STOCKHOLM, "Framtidsprojekt", KAROLINSKA, NEED, null));

        // ---- 2022, before the accounts are published ----
        l.on("2022-01-03");
        l.add(call("call-2022-1", STOCKHOLM, "Innovationsfonden", 1, 2022, "4000000"));
        l.on("2022-01-05");
        l.add(application("call-2022-1", "app-c1", NEW, "Nästa års idé", SLSO, null, "2022-01-05"));
        l.on("2022-01-10");
        l.add(granted("call-2021-2", "app-b8", "200000", "2022-01-10"));
        l.on("2022-01-12");
        l.add(new AgreementAmended(AgreementId.of("agreement-ini-rontgen-1"), "amendment-1", "Förlängt ett år",
                null, null, null, null, LocalDate.of(2024, 1, 31), null));
        l.on("2022-01-20");
        // units 0-17 yes (unit 4 first no, then corrected), units 18-22 no: 18 of 23
        for (int n = 0; n < 23; n++) {
            l.add(submitted(methods2021, boardsAndCompanies.get(n), IndicatorValue.of(n < 18 && n != 4),
                    "2022-01-20"));
        }
        l.add(new IndicatorValueCorrected(methods2021, boardsAndCompanies.get(4), IndicatorValue.of(false),
                IndicatorValue.of(true), LocalDate.of(2022, 1, 25), "Fel svar"));
        // 1.5, 2, 2, six 2.2, seven 2.5, four 3.1, two 3.5, 4.2: 59.8 / 23 = 2.6; 20 above 2
        List<String> scores = new ArrayList<>(List.of("1.5", "2", "2"));
        scores.addAll(Collections.nCopies(6, "2.2"));
        scores.addAll(Collections.nCopies(7, "2.5"));
        scores.addAll(Collections.nCopies(4, "3.1"));
        scores.addAll(Collections.nCopies(2, "3.5"));
        scores.add("4.2");
        for (int n = 0; n < 23; n++) {
            l.add(submitted(maturity2021, boardsAndCompanies.get(n), IndicatorValue.of(scores.get(n)), "2022-01-21"));
        }
        // Uppsala's own indicator for 2021: both its units say yes
        ReportingPeriodId uppsala = ReportingPeriodId.forIndicatorAndYear(UPPSALA,
                IndicatorId.of("indicator-upps-metoder"), 2021);
        l.add(new ReportingPeriodOpened(uppsala, UPPSALA, IndicatorId.of("indicator-upps-metoder"), 1, METHODS_V1, 2021,
                List.of(OrganisationUnitId.of("unit-upps-region"), OrganisationUnitId.of("unit-upps-tb")),
                LocalDate.of(2021, 11, 1), LocalDate.of(2022, 1, 31)));
        l.add(submitted(uppsala, OrganisationUnitId.of("unit-upps-region"), IndicatorValue.of(true), "2022-01-22"));
        l.add(submitted(uppsala, OrganisationUnitId.of("unit-upps-tb"), IndicatorValue.of(true), "2022-01-22"));
        l.on("2022-02-15");
        l.add(new ReportingPeriodClosed(methods2021, LocalDate.of(2022, 2, 15)));
        l.add(new ReportingPeriodClosed(maturity2021, LocalDate.of(2022, 2, 15)));
        return retracted;
    }

    private ReportingPeriodId opened(IndicatorId indicator, IndicatorDefinition definition, int year,
                                     List<OrganisationUnitId> population) {
        ReportingPeriodId id = ReportingPeriodId.forIndicatorAndYear(STOCKHOLM, indicator, year);
        ledger.add(new ReportingPeriodOpened(id, STOCKHOLM, indicator, 1, definition, year, population,
                LocalDate.of(year, 11, 1), LocalDate.of(year + 1, 1, 31)));
        return id;
    }

    private static IndicatorValueSubmitted submitted(ReportingPeriodId period, OrganisationUnitId unit,
                                                     IndicatorValue value, String on) {
        return new IndicatorValueSubmitted(period, unit, value, LocalDate.parse(on), false, null);
    }

    static NeedIdentified need(String id, TenantId tenant, NeedSource source) {
        return new NeedIdentified(NeedId.of(id), tenant, "Behov " + id, "Beskrivning", source, null);
    }
}
