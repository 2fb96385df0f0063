package org.innovationledger.app.demo;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.indicator.CloseReportingPeriod;
import org.innovationledger.kernel.indicator.CorrectIndicatorValue;
import org.innovationledger.kernel.indicator.DefineIndicator;
import org.innovationledger.kernel.indicator.IndicatorDefinition;
import org.innovationledger.kernel.indicator.IndicatorId;
import org.innovationledger.kernel.indicator.IndicatorKind;
import org.innovationledger.kernel.indicator.IndicatorValue;
import org.innovationledger.kernel.indicator.OpenReportingPeriod;
import org.innovationledger.kernel.indicator.RecordNonResponse;
import org.innovationledger.kernel.indicator.ReportingPeriodId;
import org.innovationledger.kernel.indicator.SubmitIndicatorValue;
import org.innovationledger.kernel.indicator.Threshold;
import org.innovationledger.kernel.indicator.ThresholdComparison;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.innovationledger.kernel.organisation.OrganisationUnitKind.ADMINISTRATION;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.BOARD;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.COMPANY;

/**
 * Region Stockholm's two decided indicators (rad 89-95 of {@code shared/seeds/stockholm-innovationsbokslut-2021.sv.txt})
 * and their reporting for 2020 and 2021 over 23 boards and companies ("23 nämnder och bolag", rad 89).
 * <p>
 * What the source gives: both indicators' wording; that 2021 "78% av 23 nämnder och bolag" met the first, "en ökning
 * jämfört med 2020"; that the second is a self-assessment from 1 to 5 and that "20 av 23 bolag och nämnder ... uppnått
 * drygt nivå 2 ... ett sammanvägt medeltal på 2,6"; that the figures come from the "förvaltningar och regionägda
 * bolag" (rad 332). Everything else is a <b>demo assumption</b>, said so here and in every command's document
 * reference ("demoantagande"):
 * <ul>
 *   <li>No decision reference: the source calls the indicators decided ("beslutade", rad 89) but names no decision
 *   or diary number, so the indicators carry none.</li>
 *   <li>The wording of the maturity levels 1-5 is illustrative: the source describes the scale only as "stegvis
 *   ökande professionalisering av innovationsarbetet" (rad 91); the indicator's note says so.</li>
 *   <li>The 23 units: the source names none of them as the 23. The population is the 15 units of the Stockholm demo
 *   that are the region's own boards, administrations (which report for their boards), hospitals and companies in
 *   the innovation network (rad 107) — not Capio S:t Görans sjukhus, run by a private company, nor the regional
 *   board's committee IUU — plus Medicarrier (rad 107) and Serviceförvaltningen (rad 258), registered here, and six
 *   units with <b>generic demo names</b>, since the source does not name the rest.</li>
 *   <li>Every single unit's answer, all dates, the late report, the correction and the 2020 non-response. They are
 *   chosen to give exactly the source's 2021 figures: 18 of 23 yes (78 %); 23 scores adding up to 59.8 (mean 2.6)
 *   of which 20 are above 2. The lower answers lie with the generically named units, so no named unit gets a
 *   figure the source does not give it. 2020 only has to be lower: 15 of 23 yes (65 %), 22 maturity scores with a
 *   mean of 2.3, one unit not responding.</li>
 * </ul>
 * Loaded after the Stockholm portfolio and fund, whose units it reports for.
 */
final class StockholmIndicators extends DemoRegion {

    static final TenantId TENANT = TenantId.of(StockholmDemo.TENANT);
    static final IndicatorId METHODS = IndicatorId.of("indicator-demo-sthlm-metoder-och-verktyg");
    static final IndicatorId MATURITY = IndicatorId.of("indicator-demo-sthlm-innovationsmognad");

    /** The source's wording (rad 89), verbatim. */
    static final String METHODS_WORDING = "Nämnder /bolag har infört metoder och verktyg för att arbeta med"
            + " innovationer på ett systematiskt sätt i den egna verksamheten";
    /** The source's wording (rad 91), verbatim. */
    static final String MATURITY_WORDING = "Innovationsgrad/ Innovationsmognad";

    private static final String ASSUMED = "; demoantagande: ";
    private static final String GENERIC = " (demonamn: källan namnger inte alla 23 nämnder och bolag)";

    /**
     * One of the 23, with its illustrative answers: 2021 and 2020 for the methods indicator (null: recorded as not
     * responding) and the maturity score of each year (null: not responding).
     *
     * @param register the kind and name when this part registers the unit; null for a unit of the Stockholm demo
     */
    record Reporter(String key, Registration register, boolean methods2021, Boolean methods2020, String maturity2021,
                    String maturity2020) {
    }

    /** A unit this part registers. */
    record Registration(String name, OrganisationUnitKind kind, String documentRef) {
    }

    static final List<Reporter> REPORTERS = List.of(
            new Reporter("patientnamnden", null, true, true, "2.5", "2.2"),
            new Reporter("rlk", null, true, true, "3.2", "2.8"),
            new Reporter("hsf", null, true, true, "3", "2.5"),
            new Reporter("trafik", null, true, true, "2.8", "2.5"),
            new Reporter("kultur", null, true, true, "2.5", "2.2"),
            new Reporter("slso", null, true, true, "3", "3"),
            new Reporter("karolinska", null, true, true, "3.1", "3"),
            new Reporter("danderyd", null, true, true, "3", "2.8"),
            new Reporter("sos", null, true, true, "2.8", "2.5"),
            new Reporter("sodertalje", null, true, true, "2.7", "2.5"),
            new Reporter("sterik", null, true, true, "2.6", "2.5"),
            new Reporter("tiohundra", null, true, true, "2.5", "2.2"),
            new Reporter("folktandvarden", null, true, null, "2.7", null),
            new Reporter("aisab", null, true, true, "3", "2.8"),
            new Reporter("locum", null, true, true, "2.5", "2.2"),
            new Reporter("medicarrier", new Registration("Medicarrier", COMPANY, "107"), true, false, "2.4",
                    "2"),
            new Reporter("serviceforvaltningen", new Registration("Serviceförvaltningen", ADMINISTRATION, "258"),
                    true, true, "3", "2.5"),
            new Reporter("namnd-a", new Registration("Nämnd A" + GENERIC, BOARD, "89"), true, false, "2.3", "2"),
            new Reporter("namnd-b", new Registration("Nämnd B" + GENERIC, BOARD, "89"), false, false, "2.5", "2"),
            new Reporter("namnd-c", new Registration("Nämnd C" + GENERIC, BOARD, "89"), false, false, "2.2", "2"),
            new Reporter("bolag-a", new Registration("Bolag A" + GENERIC, COMPANY, "89"), false, false, "2", "1.5"),
            new Reporter("bolag-b", new Registration("Bolag B" + GENERIC, COMPANY, "89"), false, false, "2", "2"),
            new Reporter("bolag-c", new Registration("Bolag C" + GENERIC, COMPANY, "89"), false, false, "1.5",
                    "1.5"));

    /** The unit whose 2021 answer is corrected: first "no", then "yes" (what counts). */
    static final String CORRECTED = "kultur";
    /** The unit reporting after the 2021 due date. */
    static final String LATE = "tiohundra";

    /** One year's reporting: its dates (demo assumptions). */
    record Year(int year, LocalDate opensOn, LocalDate dueOn, LocalDate submittedOn, LocalDate lateOn,
                LocalDate closedOn) {
    }

    static final Year Y2020 = new Year(2020, LocalDate.of(2020, 11, 2), LocalDate.of(2021, 1, 29),
            LocalDate.of(2021, 1, 20), LocalDate.of(2021, 2, 3), LocalDate.of(2021, 2, 12));
    static final Year Y2021 = new Year(2021, LocalDate.of(2021, 11, 1), LocalDate.of(2022, 1, 31),
            LocalDate.of(2022, 1, 21), LocalDate.of(2022, 2, 4), LocalDate.of(2022, 2, 14));

    StockholmIndicators() {
        super(StockholmDemo.TENANT, "sthlm", "Demo: Region Stockholm, Innovationsbokslut 2021");
    }

    private static String ref(String lines) {
        return StockholmDemo.ref(lines);
    }

    static IndicatorDefinition methods() {
        return new IndicatorDefinition(METHODS_WORDING, IndicatorKind.BOOLEAN_SHARE,
                "andel nämnder och bolag som uppfyller målet (%)", null, null, null,
                "Andelen räknas av alla 23 nämnder och bolag, som källan skriver \"78% av 23 nämnder och bolag\"."
                        + " Källan anger inget beslut (diarienummer) för indikatorn.");
    }

    static IndicatorDefinition maturity() {
        return new IndicatorDefinition(MATURITY_WORDING, IndicatorKind.SCALE_1_5, "självskattad nivå 1–5", null,
                List.of("Innovation sker sporadiskt genom enskilda eldsjälar; inga gemensamma metoder.",
                        "Medvetenhet om innovation finns; enstaka metoder och verktyg prövas.",
                        "Metoder och verktyg används i delar av verksamheten och innovationsarbetet följs upp.",
                        "Innovationsarbetet är systematiskt och integrerat i verksamhetsstyrningen.",
                        "Innovation är en självklar del av kulturen och utvecklas kontinuerligt med externa parter."),
                new Threshold(BigDecimal.valueOf(2), ThresholdComparison.ABOVE),
                "Nivåtexterna är illustrativa (demo): källan beskriver skalan bara som en självskattning 1–5 mot en"
                        + " stegvis ökande professionalisering av innovationsarbetet och anger inte vad varje nivå"
                        + " innebär. Tröskeln är källans \"drygt nivå 2\": över 2. Källan anger inget beslut"
                        + " (diarienummer) för indikatorn.");
    }

    static ReportingPeriodId periodId(IndicatorId indicator, int year) {
        return ReportingPeriodId.forIndicatorAndYear(TENANT, indicator, year);
    }

    @Override
    void load() {
        OrganisationUnitId region = unitId("region");
        for (Reporter reporter : REPORTERS) {
            if (reporter.register() != null) {
                Registration r = reporter.register();
                unit(reporter.key(), r.name(), r.kind(), region, null, ref(r.documentRef())
                        + (r.name().contains("demonamn") ? ASSUMED + "namn och slag" : ASSUMED + "slag"));
            }
        }
        commands().story("sthlm-indikatorer");
        commands().send(new DefineIndicator(METHODS, methods()), ref("89") + "; beslut anges inte i källan");
        commands().send(new DefineIndicator(MATURITY, maturity()), ref("91-93") + ASSUMED + "nivåtexter");
        List<OrganisationUnitId> population = REPORTERS.stream().map(r -> unitId(r.key())).toList();

        report(METHODS, Y2020, population, reporter -> reporter.methods2020() == null ? null
                : IndicatorValue.of(reporter.methods2020()), ref("89") + ASSUMED + "2020 per enhet, lägre än 2021");
        report(METHODS, Y2021, population, reporter -> IndicatorValue.of(reporter.methods2021()),
                ref("89") + ASSUMED + "svar per enhet, 18 av 23");
        report(MATURITY, Y2020, population, reporter -> reporter.maturity2020() == null ? null
                : IndicatorValue.of(reporter.maturity2020()), ref("91-93") + ASSUMED + "2020 per enhet");
        report(MATURITY, Y2021, population, reporter -> IndicatorValue.of(reporter.maturity2021()),
                ref("91-93") + ASSUMED + "poäng per enhet, summa 59,8");
    }

    /** Opens the year's period, sends every unit's answer (null: a non-response), then closes it. */
    private void report(IndicatorId indicator, Year year, List<OrganisationUnitId> population,
                        Function<Reporter, IndicatorValue> answer, String documentRef) {
        ReportingPeriodId period = periodId(indicator, year.year());
        commands().story("sthlm-indikatorer-" + year.year());
        commands().send(new OpenReportingPeriod(indicator, null, year.year(), population, year.opensOn(),
                year.dueOn()), ref("89, 95, 332") + ASSUMED + "datum");
        List<Reporter> corrections = new ArrayList<>();
        for (Reporter reporter : REPORTERS) {
            OrganisationUnitId unit = unitId(reporter.key());
            IndicatorValue value = answer.apply(reporter);
            if (value == null) {
                commands().send(new RecordNonResponse(period, unit, "Ingen redovisning inkom (demo)", year.dueOn()
                        .plusDays(1), null), documentRef);
                continue;
            }
            boolean corrected = indicator.equals(METHODS) && year == Y2021 && reporter.key().equals(CORRECTED);
            LocalDate on = year == Y2021 && reporter.key().equals(LATE) ? year.lateOn() : year.submittedOn();
            commands().send(new SubmitIndicatorValue(period, unit, corrected ? IndicatorValue.of(false) : value, on,
                    null, null), documentRef);
            if (corrected) {
                corrections.add(reporter);
            }
        }
        for (Reporter reporter : corrections) {
            commands().send(new CorrectIndicatorValue(period, unitId(reporter.key()), IndicatorValue.of(true),
                    year.lateOn(), "Rättat efter intern avstämning (demo)", null), documentRef);
        }
        commands().send(new CloseReportingPeriod(period, year.closedOn(), null), ref("95, 332") + ASSUMED + "datum");
    }
}
