package org.innovationledger.app.demo;

import org.innovationledger.kernel.initiative.BarrierCategory;
import org.innovationledger.kernel.initiative.InitiativeRole;
import org.innovationledger.kernel.initiative.InnovationType;
import org.innovationledger.kernel.initiative.SystemLevel;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.need.NeedSource;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.process.GateOutcome;

import java.util.List;

import static org.innovationledger.kernel.organisation.OrganisationUnitKind.ADMINISTRATION;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.BOARD;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.CLINIC;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.HOSPITAL;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.REGION;
import static org.innovationledger.kernel.process.BuiltInProcessModels.VGR_EARLY_PHASE;

/**
 * Västra Götalandsregionen's five pilots of "VGR som innovationsmotor", from the VGR chapter of
 * {@code shared/seeds/innovationsmotorer-slutrapport-2025.sv.txt} ("rad" = line of that file), under the built-in
 * VGR early-phase model ({@code vgr-early-phase}).
 * <p>
 * What the source gives and what it does not:
 * <ul>
 *   <li>Each pilot starts from a need of care ("behovsinitierad innovation", rad 2404-2413) at the unit it was
 *   run with (rad 2143-2200).</li>
 *   <li>Its decisions and activities per phase are the source's (project start rad 2630-2640, steering group
 *   rad 2511-2513, no full needs analysis rad 2702-2706, adverts, Perspektivforum, patient panels).</li>
 *   <li>The source does not report which way forward ("vägar framåt") any pilot ended in: "De resultat som
 *   piloterna har skapat ... är svårt att utvärdera" (rad 3280-3293). All five "har genomförts" (rad 2070), so
 *   each is closed with the lessons the source draws from it, without a G4 decision.</li>
 *   <li>It dates the project (January 2020 – July 2025, the latest period from August 2022, rad 1991-1993) and
 *   pilot 5's months (June to December, rad 2779-2781), not the pilots: the years used here follow the pilots'
 *   order within the project (pilots 1 and 2 in the pandemic, pilot 3 after the new funding) and are
 *   illustrative.</li>
 * </ul>
 */
final class VastraGotalandDemo extends DemoRegion {

    static final String TENANT = "region-vastra-gotaland";
    private static final String DOC = "Swedish Medtech: Innovationsmotorer – slutrapport 2025, VGR, rad ";

    VastraGotalandDemo() {
        super(TENANT, "vgr", "Demo: Västra Götalandsregionen, Innovationsmotorer – slutrapport 2025");
    }

    private static String ref(String lines) {
        return DOC + lines;
    }

    @Override
    void load() {
        OrganisationUnitId region = unit("region", "Västra Götalandsregionen", REGION, null, null, ref("1958-1966"));
        OrganisationUnitId plattformen = unit("innovationsplattformen", "Innovationsplattformen VGR", ADMINISTRATION,
                region, null, ref("1958-1960, 2105-2118"));
        OrganisationUnitId mrn = unit("mrn", "Miljö- och regionutvecklingsnämnden", BOARD, region, null,
                ref("1964-1966"));
        OrganisationUnitId su = unit("su", "Sahlgrenska Universitetssjukhuset", HOSPITAL, region, null,
                ref("2147-2200"));
        OrganisationUnitId ortopedin = unit("ortopedin", "Ortopedin, Sahlgrenska Universitetssjukhuset, Mölndal",
                CLINIC, su, null, ref("2147-2158"));
        OrganisationUnitId operation4 = unit("operation-4", "Operation 4, Sahlgrenska Universitetssjukhuset, Mölndal",
                CLINIC, su, null, ref("2163-2166"));
        unit("handkirurgen", "Handkirurgen, Sahlgrenska Universitetssjukhuset, Mölndal", CLINIC, su, null,
                ref("2163-2166"));
        // a "verksamhet" of the hospital, not a care unit: CLINIC is the ledger's nearest kind
        unit("mft", "Medicinsk fysik och teknik, Sahlgrenska Universitetssjukhuset", CLINIC, su, null,
                ref("2178-2181"));
        OrganisationUnitId hallbarhet = unit("hallbarhet", "Koncernstab regional utveckling, avdelning hållbarhet",
                ADMINISTRATION, region, null, ref("2176-2178"));
        OrganisationUnitId rehab = unit("arbetsterapi-fysioterapi",
                "Arbetsterapi och fysioterapi, Sahlgrenska Universitetssjukhuset", CLINIC, su, null, ref("2189-2192"));

        String team = nameOf(plattformen);

        // ---- Pilot 1: Höftartros – koll på läget ----
        NeedId artros = ownedNeed("hoftartros-information", "Informationsstöd i artrospatientens vårdresa",
                "Problemställningar som en nationell arbetsgrupp identifierat i arbetet med vårdförloppet för"
                        + " höftartros, undersökta vidare med vårdmedarbetare och personer med patienterfarenhet.",
                NeedSource.STAFF, ortopedin, ortopedin, ref("2147-2153, 2474-2480"));
        pilot("pilot-1-hoftartros", artros, "Pilot 1: Höftartros – koll på läget", "Fokus på att förbättra"
                        + " vårdförloppet för patienter med höftartros: informationsstöd inom artrospatientens vårdresa.",
                ortopedin, InnovationType.SERVICE, "2147-2153")
                .decide("G1", GateOutcome.PROCEED, team + " och " + nameOf(ortopedin), "Piloten utgår från de"
                        + " problemställningar en nationell arbetsgrupp identifierat i arbetet med vårdförloppet för"
                        + " höftartros. Källan anger inget särskilt beslut om projektstart för pilot 1.", year(2020),
                        ref("2474-2477, 1991"))
                .decide("G2", GateOutcome.PROCEED, team + " och " + nameOf(ortopedin), "Problemområdet undersöktes"
                        + " vidare med vårdmedarbetare och personer med patienterfarenhet; covid-pandemin försvårade"
                        + " involveringen av medarbetare, patientrepresentanter involverades.", year(2020),
                        ref("2477-2482"))
                .decide("G3", GateOutcome.PROCEED, team + " och " + nameOf(ortopedin), "Lösningsförslag från"
                                + " omvärlden efterfrågades genom en webbannons och en workshop med forskare från akademin.",
                        year(2020), ref("2483-2486"))
                .closed("Pilot 1 genomförd. Lärdomar: arbetet försvårades och upplevdes ineffektivt eftersom ett"
                        + " tydligt arbetssätt, roller och leveransmål saknades; det var otydligt vem som hade"
                        + " huvudansvaret för att ta resultaten vidare efter avslutad pilot; det var svårt att engagera"
                        + " forskare i en workshop; modellen passade inte för lösningsförslag långt från möjlig"
                        + " implementering. Källan redovisar inte vilken väg framåt som valdes.", year(2021),
                        ref("2070, 2487-2495"));

        // ---- Pilot 2: Aktiv väntan ----
        NeedId vantan = ownedNeed("aktiv-vantan", "Hantering av väntetider i artrospatientens vårdresa",
                "Den senare delen av artrospatientens vårdresa; utmaningen valdes i dialog med verksamhetsnära"
                        + " deltagare i referensgruppen (Trafikledningen).", NeedSource.STAFF, ortopedin, ortopedin,
                ref("2155-2158, 2503-2505"));
        pilot("pilot-2-aktiv-vantan", vantan, "Pilot 2: Aktiv väntan", "Utveckling av metoder för att hantera"
                        + " väntetider inom vården, i den senare delen av artrospatientens vårdresa.", ortopedin,
                InnovationType.METHOD, "2155-2158")
                .decide("G1", GateOutcome.PROCEED, "Styrgrupp med bland annat verksamhetschef, " + nameOf(ortopedin),
                        "Val av utmaning i dialog med referensgruppen (Trafikledningen); en styrgrupp med bland annat"
                                + " verksamhetschef för tydligare ägandeskap kopplat till verksamheten och för att"
                                + " underlätta beslut.", year(2021), ref("2503-2513"))
                .decide("G2", GateOutcome.PROCEED, "Styrgrupp, pilot 2", "Mer arbete kring själva utmaningen och dess"
                        + " grundproblem.", year(2021), ref("2508-2509"))
                .decide("G3", GateOutcome.PROCEED, "Styrgrupp, pilot 2", "Annonsering efter lösningsförslag från"
                        + " omvärlden via branschorganisation och en digital frågestund inför inlämning; patientpanel"
                        + " involverad.", year(2021), ref("2518-2524"))
                .closed("Pilot 2 genomförd. Idé- och konceptarbete med projektgrupp och referensgrupp. Lärdomar:"
                        + " patientpanelen upplevdes som en stor tillgång; företagen uppskattade kontakten med"
                        + " vårdmedarbetare, patienter och stödfunktioner; vårdmedarbetarna i projektgruppen hade svårt"
                        + " att komma ifrån ordinarie arbetsuppgifter; svårt att involvera akademiska forskare; piloten"
                        + " påverkades av pandemin. Källan redovisar inte vilken väg framåt som valdes.", year(2022),
                        ref("2070, 2515-2516, 2525-2533, 2576-2586"));

        // ---- Pilot 3: Bättre flyt ----
        NeedId flyt = ownedNeed("battre-flyt", "Bättre flyt i patientflödet på operation",
                "Tre problemområden från en bred behovskartläggning med observationer, intervjuer och workshops:"
                        + " 1. personer med rätt kompetens på rätt plats och tillgängliga i rätt tid, 2. begränsad yta"
                        + " på pre- och postop, 3. rätt skruv i rätt tid.", NeedSource.SHADOWING, operation4,
                operation4, ref("2163-2174"));
        // the conditions discussed with management before the decision on project start
        prioritise(flyt, List.of(
                must("Utmaningen är prioriterad och engagerar medarbetare och chefer"),
                must("Engagemang och stöd från ledning"),
                must("Plan för resurser för att kunna ta konceptförslagen vidare efter piloten"),
                must("Medarbetare som deltar i projektgruppen och kan avsätta tid för projektaktiviteter")),
                ref("2410-2413, 2630-2640"));
        pilot("pilot-3-battre-flyt", flyt, "Pilot 3: Bättre flyt", "Optimering av patientflöden för att förbättra"
                        + " effektiviteten, i samarbete med Operation 4 och Handkirurgen på Sahlgrenska"
                        + " Universitetssjukhuset, Mölndal.", operation4, InnovationType.PROCESS, "2163-2174")
                .decide("G1", GateOutcome.PROCEED, "Ledningspersoner, Operation 4 och Handkirurgen", "Efter en"
                                + " förstudie med observationer: samtal med ledningspersoner om förutsättningar och beslut"
                                + " om projektstart (engagemang och stöd från ledning, plan för resurser för att ta"
                                + " konceptförslagen vidare efter piloten, medarbetare i projektgruppen, tid för"
                                + " projektaktiviteter). Ny finansiering söktes inför piloten.", month(2022, 9),
                        ref("1991-1993, 2590-2592, 2615-2621, 2630-2640"))
                .decide("G2", GateOutcome.PROCEED, "Styrgrupp, pilot 3", "Bred behovskartläggning med observationer,"
                        + " intervjuer och workshops definierade tre problemområden.", year(2023), ref("2167-2174"))
                .barrier("b-prioritering", BarrierCategory.ORGANISATIONSKULTUR, SystemLevel.OPERATIONS,
                        "Vårdverksamheten prioriterade inte deltagande i projektaktiviteter och projektgrupp; svårt att"
                                + " få tid med ledningspersoner.", ref("2666-2669, 2676-2680"))
                .barrierCircumvented("b-prioritering", "Korta inslag av innovationskunskap vid befintliga möten"
                        + " fungerade bra och uppskattades av medarbetarna.", ref("2669-2672"))
                .decide("G3", GateOutcome.PROCEED, "Styrgrupp, pilot 3", "Omvärldens perspektiv och lösningsförslag"
                        + " inhämtade vid ett fysiskt halvdagsmöte med externa aktörer och digitala uppföljningsmöten:"
                        + " det som blev mötesformen Perspektivforum.", year(2023), ref("2622-2628"))
                .closed("Pilot 3 genomförd. Konceptförslag skulle tas fram och presenteras i text och muntligt för"
                        + " berörd verksamhetsledning eller verksamhetsnära styrgrupp. Lärdomar: att arbeta i sprintar"
                        + " över en kort tidsperiod (ca 6 månader) fungerade inte; det är viktigt att avgränsa"
                        + " problembeskrivningarna. Källan redovisar inte vilken väg framåt som valdes.", year(2023),
                        ref("2070, 2599-2613, 2682-2688"));

        // ---- Pilot 4: Mer hållbara medicintekniska produkter ----
        NeedId miljo = ownedNeed("hallbara-mt-produkter", "Minska miljöbelastningen vid användning av"
                        + " medicintekniska produkter", "Med extra fokus på staplers och endoskopisk utrustning.",
                NeedSource.STAFF, hallbarhet, hallbarhet, ref("2176-2188"));
        pilot("pilot-4-hallbara-produkter", miljo, "Pilot 4: Mer hållbara medicintekniska produkter",
                "Främjande av miljövänliga lösningar inom medicinteknik, tillsammans med Koncernstab regional"
                        + " utveckling, avdelning hållbarhet, och Sahlgrenska Universitetssjukhuset, Medicinsk fysik och"
                        + " teknik, miljöavdelningen. Innovationsprojekt utan stark koppling till en vårdverksamhet.",
                hallbarhet, InnovationType.PRODUCT, "2176-2188, 2692-2697")
                .decide("G1", GateOutcome.PROCEED, "Projektgruppen med behovsägarna (ingen styrgrupp)", "Inför"
                        + " projektstart beslutades att ingen fullständigt genomarbetad behovsanalys skulle genomföras;"
                        + " frågeställningen utgår från befintlig kunskap hos behovsägarna i projektet.", year(2023),
                        ref("2698-2706"))
                .decide("G2", GateOutcome.PROCEED, "Projektgruppen med behovsägarna (ingen styrgrupp)", "Ytterligare"
                        + " informationsinsamling med studiebesök på vårdverksamheter och samtal med vårdprofessioner,"
                        + " medicinteknik, vårdhygien och inköp.", year(2023), ref("2706-2717"))
                .barrier("b-akademi", BarrierCategory.PARTNERSKAP, SystemLevel.OPERATIONS, "Det var svårt att"
                        + " involvera akademiska forskare, även i denna pilot (som i pilot 1 och 2).", ref("2724-2726"))
                .closed("Pilot 4 genomförd med fokus på möte med omvärld och invärld; ett Perspektivforum med externa"
                        + " personer gav ny kunskap. Lärdomar: studiebesök tidigt konkretiserar arbetet och ökar"
                        + " engagemanget; det krävs mycket arbete för att bjuda in deltagare från omvärlden; även för"
                        + " stödfunktioner är det utmanande att avsätta personalresurser. Källan redovisar inte vilken"
                        + " väg framåt som valdes.", year(2024), ref("2070, 2719-2740"));

        // ---- Pilot 5: Framtidens rehabilitering inom reumatologi ----
        NeedId reuma = ownedNeed("rehab-reumatologi", "Framtidens rehabilitering inom reumatologi",
                "Hur kan framtidens rehabilitering inom reumatologi se ut? Hur kan vi hitta nya sätt att arbeta, som"
                        + " både är resurssmarta och uppfyller vårt uppdrag gentemot patienterna?", NeedSource.STAFF,
                rehab, rehab, ref("2189-2200"));
        pilot("pilot-5-rehab-reumatologi", reuma, "Pilot 5: Framtidens rehabilitering inom reumatologi",
                "Innovativa metoder för rehabilitering av patienter med reumatiska sjukdomar, tillsammans med"
                        + " Arbetsterapi och fysioterapi på Sahlgrenska Universitetssjukhuset.", rehab,
                InnovationType.METHOD, "2189-2200")
                .decide("G1", GateOutcome.PROCEED, "Verksamhetsledning, " + nameOf(rehab), "Stärkt involvering av"
                        + " vårdverksamheten genom mer involvering av ledning; projektgrupp om tre personer från"
                        + " Innovationsplattformen (80 % av en heltidstjänst), mål att genomföra projektet på fem"
                        + " månader (juni till december, exkluderat sommaren).", month(2024, 6), ref("2748-2749, 2776-2781"))
                .decide("G2", GateOutcome.PROCEED, "Verksamhetsledning, " + nameOf(rehab), "Övergripande plan med"
                                + " datum för möten med arbetsgrupp, referensgrupp och patientpanel; en nyskapad"
                                + " arbetsgrupp som bollplank och verksamhetsförankring.", month(2024, 9),
                        ref("2797-2806"))
                .barrier("b-forandringsledning", BarrierCategory.ORGANISATIONSKULTUR, SystemLevel.OPERATIONS,
                        "Behovet av förändringsledning var svårt att bedöma före projektstart och underskattades.",
                        ref("2829-2833"))
                .closed("Pilot 5 genomförd i sprintar om fyra veckor. Lärdomar: en patientpanel är mycket värdefull"
                        + " men en representativ grupp är svår att få; fem månader är kort när vården behöver lång"
                        + " framförhållning; det var svårt att involvera företag, troligen på grund av en bred"
                        + " frågeställning riktad mot organisationsförändring. Källan redovisar inte vilken väg framåt"
                        + " som valdes.", month(2024, 12), ref("2070, 2797-2840"));
    }

    /** A pilot of the project: an initiative from the unit's need, funded like the whole project. */
    private InitiativeScript pilot(String key, NeedId need, String title, String description,
                                   OrganisationUnitId unit, InnovationType type, String lines) {
        return initiative(key)
                .fromNeed(need, title, description, unit, VGR_EARLY_PHASE, ref(lines))
                .classify(null, null, type, List.of(), null, ref(lines))
                .role(InitiativeRole.NEED_OWNER, null, unit, ref(lines))
                .role(InitiativeRole.FUNDER, "Medtech4Health", null, ref("1964-1966"))
                .role(InitiativeRole.FUNDER, null, unitId("mrn"), ref("1964-1966"));
    }
}
