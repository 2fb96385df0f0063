package org.innovationledger.app.demo;

import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.fund.ApplicationKind;
import org.innovationledger.kernel.fund.AssessFundingApplication;
import org.innovationledger.kernel.fund.CloseFundingCall;
import org.innovationledger.kernel.fund.FollowUpStatus;
import org.innovationledger.kernel.fund.FundingApplicationId;
import org.innovationledger.kernel.fund.FundingCallId;
import org.innovationledger.kernel.fund.GrantFundingApplication;
import org.innovationledger.kernel.fund.OpenFundingCall;
import org.innovationledger.kernel.fund.Recommendation;
import org.innovationledger.kernel.fund.RejectFundingApplication;
import org.innovationledger.kernel.fund.ReportGrantFollowUp;
import org.innovationledger.kernel.fund.SubmitFundingApplication;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.innovationledger.kernel.fund.ApplicationKind.CONTINUATION;
import static org.innovationledger.kernel.fund.ApplicationKind.IMPLEMENTATION;
import static org.innovationledger.kernel.fund.ApplicationKind.NEW;

/**
 * Region Stockholm's Innovationsfonden in 2021, from {@code shared/seeds/stockholm-innovationsbokslut-2021.sv.txt}
 * ("rad" = line of that file): two calls, 143 applications of which 58 were granted, within the year's 15 MSEK.
 * <p>
 * The source gives the year's totals only. Everything about single calls and applications below the
 * {@code FUND_2021} source figures is a <b>demo assumption</b>, marked as such here and in every command's document
 * reference ("demoantagande"): the split per call, the kinds, the titles of all applications but the seven examples,
 * every amount, every date, and the texts of assessments, rejections and follow-ups. Per call the budget is half
 * the year's 15 MSEK; what is granted stays below it, since the 15 MSEK also financed "uppföljning, kommunikation
 * och stöd för spridning" (rad 61).
 * <p>
 * Loaded as a part of its own, after every region's portfolio (its 440 commands go to two long event streams and
 * take longer than a region's portfolio), with Region Stockholm's units and initiatives already in place.
 */
final class StockholmInnovationFund extends DemoRegion {

    // ---- FUND_2021: what the source says ----

    static final String FUND = "Innovationsfonden";
    static final int YEAR = 2021;
    /** "För 2021 inkom 143 ansökningar varav 58 beviljades medel" (rad 174). */
    static final int APPLICATIONS = 143;
    static final int GRANTS = 58;
    /** "15 miljoner kronor under 2021" (rad 61), "fördelat 15 miljoner kronor två gånger per år" (rad 166). */
    static final Money YEAR_BUDGET = sek(15_000_000);

    // ---- FUND_2021: demo assumptions. Per-call split and amounts: demo assumption; the source gives only the
    // ---- year totals 143/58 and 15 MSEK (and that the fund distributes twice a year).

    /** One of the year's two calls: its dates, its budget, and its applications and grants per kind. */
    record Call(int round, LocalDate opensOn, LocalDate closesOn, LocalDate assessedOn, LocalDate decidedOn,
                Money budget, Map<ApplicationKind, Integer> applications, Map<ApplicationKind, Integer> grants) {

        int applicationCount() {
            return applications.values().stream().mapToInt(Integer::intValue).sum();
        }

        int grantCount() {
            return grants.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Spring call 75 applications, 30 grants; autumn call 68 and 28: together the source's 143 and 58. */
    static final List<Call> CALLS = List.of(
            new Call(1, LocalDate.of(2021, 1, 11), LocalDate.of(2021, 3, 12), LocalDate.of(2021, 4, 16),
                    LocalDate.of(2021, 5, 7), sek(7_500_000),
                    Map.of(NEW, 55, CONTINUATION, 14, IMPLEMENTATION, 6),
                    Map.of(NEW, 18, CONTINUATION, 8, IMPLEMENTATION, 4)),
            new Call(2, LocalDate.of(2021, 8, 16), LocalDate.of(2021, 9, 24), LocalDate.of(2021, 10, 29),
                    LocalDate.of(2021, 11, 19), sek(7_500_000),
                    Map.of(NEW, 50, CONTINUATION, 12, IMPLEMENTATION, 6),
                    Map.of(NEW, 17, CONTINUATION, 7, IMPLEMENTATION, 4)));

    /** What a granted application of each kind gets; 13.15 MSEK in all, 1.85 MSEK of the 15 left for the rest. */
    static final Map<ApplicationKind, Money> GRANT = Map.of(NEW, sek(200_000), CONTINUATION, sek(250_000),
            IMPLEMENTATION, sek(300_000));

    /** The day the seven examples are followed up. */
    static final LocalDate FOLLOWED_UP_ON = LocalDate.of(2021, 12, 15);

    /** Units the generic applications come from, in turn: the fund is open to all core activities (rad 156, 166). */
    private static final List<String> APPLICANTS = List.of("karolinska", "danderyd", "sos", "sodertalje", "sterik",
            "stgoran", "tiohundra", "slso", "folktandvarden", "aisab", "trafik", "kultur", "locum", "patientnamnden",
            "hsf");

    /**
     * The source's examples of projects the fund supported in 2021 (rad 187-195), granted with their initiatives;
     * their kind and call are demo assumptions, the follow-up text is the source's line.
     */
    record Example(String key, String title, String unitKey, ApplicationKind kind, int round, String line,
                   String followUp) {
    }

    static final List<Example> EXAMPLES = List.of(
            new Example("iva-dagboken", "IVA-dagboken", "sos", NEW, 1, "189",
                    "Minskar effekter av Post Intensive Care Syndrome (PICS), vid Södersjukhuset."),
            new Example("textilsvinn", "Minskat textilsvinn", "sos", NEW, 1, "190",
                    "Ett nudging-projekt på Södersjukhuset för ett förändrat beteende."),
            new Example("parkinson", "Parkinsonprojektet", "region", NEW, 1, "191",
                    "Tar fram en enhet som mäter bland annat rörelsemönster; med insamlade data kan AI-analys göras"
                            + " för att avgöra behandlingsmetod."),
            new Example("hjartsvikt", "Egenmonitorering av hjärtsviktpatienter", "sodertalje", CONTINUATION, 1, "192",
                    "Pilotprojekt för egenmonitorering av patienter med hjärtsvikt genomförs vid Södertälje sjukhus."),
            new Example("mobilitetshubb", "Mobil Mobilitetshubb", "trafik", NEW, 2, "193",
                    "Utforskar om nya mobilitetstjänster underlättar för kollektivt resande."),
            new Example("spolstol", "Spolstol", "sterik", NEW, 2, "194",
                    "Spolstol för ögonspolning av patienter på ögonakuten, S:t Eriks Ögonsjukhus."),
            new Example("intraoral-scanning", "Intraoral scanning", "folktandvarden", IMPLEMENTATION, 2, "195",
                    "Integration av scanners vid Folktandvården samt implementation av nya applikationer inom"
                            + " protetik och ortodonti."));

    private static final String ASSUMED = "; demoantagande: ";
    private static final String ASSESSED_BY = "Innovationsfondens bedömningsgrupp";

    /** Region Stockholm's, after its units and initiatives ({@link StockholmDemo}) that the applications name. */
    StockholmInnovationFund() {
        super(StockholmDemo.TENANT, "sthlm", "Demo: Region Stockholm, Innovationsbokslut 2021");
    }

    private static String ref(String lines) {
        return StockholmDemo.ref(lines);
    }

    static Money sek(long amount) {
        return Money.of(Long.toString(amount), "SEK");
    }

    /** What an application of a kind asks for: spread over a few steps above the grant of its kind. */
    static Money requested(ApplicationKind kind, int number) {
        return switch (kind) {
            case NEW -> sek(200_000 + (number % 5) * 25_000L);
            case CONTINUATION -> sek(250_000 + (number % 4) * 25_000L);
            case IMPLEMENTATION -> sek(300_000 + (number % 3) * 50_000L);
        };
    }

    /** One application as the demo sends it. */
    private record Planned(FundingApplicationId id, ApplicationKind kind, String title, OrganisationUnitId unit,
                           InitiativeId initiative, Money requested, LocalDate submittedOn, boolean granted,
                           Example example) {
    }

    @Override
    void load() {
        for (Call call : CALLS) {
            round(call);
        }
        commands().story("sthlm-innovationsfonden-2021-uppfoljning");
        for (Example example : EXAMPLES) {
            FundingApplicationId application = applicationId(example.round(), example.key());
            commands().send(new ReportGrantFollowUp(callId(example.round()), application, FOLLOWED_UP_ON,
                            example.followUp(), FollowUpStatus.ON_TRACK, null, null),
                    ref("176, " + example.line()) + ASSUMED + "datum och status");
        }
    }

    static FundingCallId callId(int round) {
        return FundingCallId.of("call-demo-sthlm-innovationsfonden-" + YEAR + "-" + round);
    }

    private static FundingApplicationId applicationId(int round, String key) {
        return FundingApplicationId.of("app-demo-sthlm-" + YEAR + "-" + round + "-" + key);
    }

    private void round(Call call) {
        FundingCallId id = callId(call.round());
        commands().story("sthlm-innovationsfonden-" + YEAR + "-" + call.round());
        commands().send(new OpenFundingCall(id, FUND, call.round(), YEAR, call.budget(), call.opensOn(),
                        call.closesOn(), "Alla medarbetare i Region Stockholm och anställda hos arbetsgivare med avtal"
                                + " och uppdrag med Region Stockholm kan ansöka, oavsett yrke eller befattning: utveckling"
                                + " av nyskapande produkter, tjänster och metoder som förbättrar för arbetet, patienter,"
                                + " invånare, resenärer och besökande. För 2021 breddad till alla kärnverksamheter."),
                ref("61, 156, 166") + ASSUMED + "datum och budget per utlysning");
        List<Planned> applications = plan(call);
        for (Planned a : applications) {
            commands().send(new SubmitFundingApplication(id, a.id(), a.kind(), a.title(), a.unit(), a.initiative(),
                    a.requested(), a.submittedOn(), null), a.example() != null
                    ? ref("174, 187, " + a.example().line()) + ASSUMED + "slag, utlysning och belopp"
                    : ref("174") + ASSUMED + "ansökan, slag och belopp");
        }
        commands().send(new CloseFundingCall(id, call.closesOn(), null),
                ref("166") + ASSUMED + "datum");
        for (Planned a : applications) {
            commands().send(new AssessFundingApplication(id, a.id(), a.granted()
                            ? "Rekommenderas för beviljande i utlysningens fördelning."
                            : "Rekommenderas inte i utlysningens fördelning.", null,
                            a.granted() ? Recommendation.GRANT : Recommendation.REJECT, ASSESSED_BY, call.assessedOn(),
                            null),
                    ref("306") + ASSUMED + "bedömning och datum");
        }
        for (Planned a : applications) {
            if (a.granted()) {
                commands().send(new GrantFundingApplication(id, a.id(), GRANT.get(a.kind()), call.decidedOn(), null),
                        ref("61, 174") + ASSUMED + "fördelning per utlysning, belopp och datum");
            } else {
                commands().send(new RejectFundingApplication(id, a.id(), "Inte beviljad i utlysningens fördelning;"
                                + " skälen per ansökan anges inte i källan.", call.decidedOn(), null),
                        ref("174") + ASSUMED + "fördelning per utlysning och datum");
            }
        }
    }

    /**
     * The call's applications, kind by kind: the source's examples of the call first, then numbered generic ones;
     * within each kind the first ones are granted, as many as the call grants of that kind. Submission dates spread
     * evenly over the call's period, in order.
     */
    private List<Planned> plan(Call call) {
        int total = call.applicationCount();
        long days = ChronoUnit.DAYS.between(call.opensOn(), call.closesOn());
        List<Planned> planned = new ArrayList<>();
        int number = 0;
        for (ApplicationKind kind : ApplicationKind.values()) {
            List<Example> examples = EXAMPLES.stream()
                    .filter(e -> e.round() == call.round() && e.kind() == kind).toList();
            for (int i = 0; i < call.applications().get(kind); i++) {
                number++;
                LocalDate on = call.opensOn().plusDays(days * number / total);
                boolean granted = i < call.grants().get(kind);
                if (i < examples.size()) {
                    Example e = examples.get(i);
                    planned.add(new Planned(applicationId(call.round(), e.key()), kind, e.title(),
                            unitId(e.unitKey()), initiativeId(e.key()), requested(kind, number), on, granted,
                            e));
                } else {
                    String numbered = "%03d".formatted(number);
                    planned.add(new Planned(applicationId(call.round(), numbered), kind,
                            "Ansökan " + YEAR + ":" + call.round() + "-" + numbered + " – " + label(kind),
                            unitId(APPLICANTS.get(number % APPLICANTS.size())), null, requested(kind, number), on,
                            granted, null));
                }
            }
        }
        return planned;
    }

    private static String label(ApplicationKind kind) {
        return switch (kind) {
            case NEW -> "nytt innovationsprojekt";
            case CONTINUATION -> "fortsättning av innovationsprojekt";
            case IMPLEMENTATION -> "implementering av innovation";
        };
    }

    /** What the demo grants in all: below the year's budget. */
    static Money grantedInAll() {
        Money all = Money.zero("SEK");
        for (Call call : CALLS) {
            for (Map.Entry<ApplicationKind, Integer> grants : call.grants().entrySet()) {
                BigDecimal amount = GRANT.get(grants.getKey()).amount().multiply(BigDecimal.valueOf(grants.getValue()));
                all = all.plus(new Money(amount, "SEK"));
            }
        }
        return all;
    }
}
