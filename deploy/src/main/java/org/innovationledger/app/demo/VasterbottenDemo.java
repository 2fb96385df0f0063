package org.innovationledger.app.demo;

import org.innovationledger.kernel.initiative.BarrierCategory;
import org.innovationledger.kernel.initiative.InitiativeRole;
import org.innovationledger.kernel.initiative.InnovationType;
import org.innovationledger.kernel.initiative.SystemLevel;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.need.NeedSource;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.process.GateOutcome;

import java.time.LocalDate;
import java.util.List;

import static org.innovationledger.kernel.organisation.OrganisationUnitKind.ADMINISTRATION;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.CLINIC;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.COMPANY;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.HOSPITAL;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.REGION;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.TESTBED;
import static org.innovationledger.kernel.process.BuiltInProcessModels.GENERIC_STAGE_GATE;
import static org.innovationledger.kernel.process.BuiltInProcessModels.VLL_PARTNERSHIP;

/**
 * Region Västerbotten (Västerbottens läns landsting until 2018): its three innovation clinics and its cases, from
 * three sources in {@code shared/seeds/}: the project sheet {@code innovationskliniker-vasterbotten.sv.txt} ("IK"),
 * the 2018 pre-study {@code vasterbotten-forstudie-vardeskapande-innovation-i-partnerskap.sv-ocr.txt} ("FS") and
 * the Västerbotten chapter of {@code innovationsmotorer-slutrapport-2025.sv.txt} ("IM"). No personal names or
 * phone numbers: the project sheet's contacts (IK rad 56-63) are left out.
 * <p>
 * Partnership cases run under the built-in VLL partnership process ({@code vll-partnership}) with joint
 * decisions; one fails fast at STEG 1. Work the sources describe as implementation or spreading projects (FETT-B,
 * voice dictation, focused ultrasound) or as a programme (the mentorship programme) runs under the generic
 * stage-gate model. What the sources do not give:
 * <ul>
 *   <li>The test phase (STEG 4) needs a signed partner agreement with follow-ups on record: the Roche and Getinge
 *   cases, which the source says were tested and evaluated (IM rad 3596-3631), reach STEG 3 here; their
 *   agreements, the value model and the test phase follow in {@link VasterbottenPartnerships}, loaded next.</li>
 *   <li>The sources name no case that failed fast, and no partner for the specialist-care case: both say so
 *   ("namn ej angivet i källan").</li>
 *   <li>No value analysis is recorded: the sources give no economic result for any case.</li>
 *   <li>Dates: the clinics and the first cases in 2017, the first test phases in 2018 (FS rad 261, 807-817, 871);
 *   the rest as each fact says. Where a source gives only a year the date is nominal ({@link #year(int)}).</li>
 *   <li>Origins: the sources say who the partner was, not who took the first step; a case with a named company is
 *   recorded as that partner's offer, a case with a named need owner as a need.</li>
 * </ul>
 */
final class VasterbottenDemo extends DemoRegion {

    static final String TENANT = "region-vasterbotten";
    private static final String IK = "Region Västerbotten: Innovationskliniker i Region Västerbotten, rad ";
    private static final String FS = "VLL: Förstudierapport – värdeskapande innovation i partnerskap (2018), rad ";
    private static final String IM = "Swedish Medtech: Innovationsmotorer – slutrapport 2025, Region Västerbotten, rad ";

    private static final String LANDSTING = "Västerbottens läns landsting";
    private static final String REGION_NAME = "Region Västerbotten";
    private static final String CLINIC_CASES = "Case på innovationskliniker";
    private static final String BODY = "Partnerskapets gemensamma beslutsmöte (VLL Innovation AB processledare)";
    /** The first cases, in which parts of the partnership process were tested and validated (FS rad 258-262). */
    private static final LocalDate Y2017 = year(2017);
    /** The first test phases (STEG 4) started in 2018 (FS rad 807-817). */
    private static final LocalDate Y2018 = year(2018);

    VasterbottenDemo() {
        super(TENANT, "vbtn", "Demo: Region Västerbotten, Innovationskliniker, förstudien Värdeskapande innovation"
                + " i partnerskap (2018) och Innovationsmotorer – slutrapport 2025");
    }

    @Override
    void load() {
        // ---- units ----
        OrganisationUnitId region = unit("region", LANDSTING, REGION, null, null, IK + "3, 7");
        // the date of the regionbildning is not in the sources; IM rad 3319-3320: "Region Västerbottens, f.d.
        // Västerbottens läns landsting"
        rename(region, REGION_NAME, LocalDate.of(2019, 1, 1), IM + "3319-3320");
        // "det helägda dotterbolaget Västerbottens läns landsting Innovation AB" (FS rad 705-712); VLL decided in
        // 2015 to set up the structure (FS rad 242), the company's founding date is not given
        OrganisationUnitId vllInnovation = unit("vll-innovation", "Västerbottens läns landsting Innovation AB"
                + " (VLL Innovation)", COMPANY, region, null, FS + "705-712");
        unit("innovationscentrum", "Innovationscentrum, FOU-staben", ADMINISTRATION, region, null,
                IM + "3585-3588");
        OrganisationUnitId nus = unit("nus", "Norrlands universitetssjukhus (Nus)", HOSPITAL, region, null,
                IM + "3612-3615, 3683-3686");
        OrganisationUnitId neuro = unit("neuro-huvud-hals", "Neuro-Huvud-Hals-Centrum, Nus", CLINIC, nus, null,
                IM + "4711-4714");
        OrganisationUnitId folktandvarden = unit("folktandvarden", "Folktandvården", ADMINISTRATION, region, null,
                IM + "3639-3656");
        // the three innovation clinics, established in 2017 as testbeds (FS rad 870-872; IK rad 7-9)
        OrganisationUnitId mava = unit("mava", "Medicinsk akutvårdsavdelning (Mava)", TESTBED, nus, Y2017,
                IK + "7-9; " + FS + "870-872");
        OrganisationUnitId bjurholm = unit("bjurholm", "Bjurholms hälsocentral", TESTBED, region, Y2017,
                IK + "7-9; " + FS + "870-872");
        OrganisationUnitId idun = unit("idun", "Idun – allmäntandvårdsklinik, Umeå", TESTBED, folktandvarden, Y2017,
                IK + "8; " + IM + "3863-3865");
        OrganisationUnitId skelleftea = unit("skelleftea-city", "Allmäntandvårdskliniken Skellefteå City", CLINIC,
                folktandvarden, null, IM + "3865-3868");
        OrganisationUnitId akc = unit("akc", "Allmäntandvårdens kompetenscentrum (AKC)", CLINIC, folktandvarden, null,
                IM + "3876-3879");

        // ---- partnership cases under the VLL process ----
        List<String> withRoche = List.of(LANDSTING, "Roche");
        initiative("egenvard-primarvard")
                .fromPartner("Roche", "Egenmonitorering och egenvård i primärvården – värdebaserat avtal",
                        "Ett av två case för test och utvärdering av egenmonitorerings- och egenvårdslösningar, med"
                                + " samtidig utveckling av ramverk och principer för värdebaserade betalningsmodeller."
                                + " Med Roche tecknades, genomfördes och utvärderades ett värdebaserat avtal i liten"
                                + " skala, bland annat på innovationskliniken Bjurholms hälsocentral.", bjurholm,
                        VLL_PARTNERSHIP, IM + "3596-3606")
                .classify(CLINIC_CASES, "Primärvård", InnovationType.SERVICE, List.of(), bjurholm,
                        IK + "31-34; " + IM + "3596-3603")
                .jointly("GX", GateOutcome.PROCEED, withRoche, BODY, "Inledande samarbetssamtal om parternas"
                        + " förutsättningar, mål och drivkrafter; parterna går vidare och utvecklar innovationsidén.",
                        Y2017, FS + "258-262, 764-768")
                .anchoredAt(bjurholm, "Förankrat på innovationskliniken Bjurholms hälsocentral: värdepotential i"
                        + " egenmonitorering och egenvård i primärvården.", FS + "768-770; " + IM + "3603")
                .jointly("G1", GateOutcome.PROCEED, withRoche, BODY, "Förankring hos vårdenheten och"
                        + " värdepotential finns; förutsättningarna räcker för att gå vidare.", Y2017, FS + "768-774")
                .baseline("Behovsanalys och kostnadskartläggning för Bjurholms hälsocentral, med initiala"
                        + " indikatorer för uppföljning och värdeanalys. Källan redovisar inga belopp eller"
                        + " indikatorvärden.", FS + "774-779")
                .jointly("G2", GateOutcome.PROCEED, withRoche, BODY, "Parterna beslutar att gå vidare till"
                        + " värdeanalys och förhandling av värdemodell och partneravtal.", Y2018, FS + "788-797")
                .barrier("b-vardehemtagning", BarrierCategory.VARDE, SystemLevel.ORGANISATION, "Avsaknad av process"
                        + " eller riktlinjer för värdehemtagning, och för att fördela värde som uppstår – internt och"
                        + " externt.", FS + "1261-1262")
                .barrierAddressed("b-vardehemtagning", "Ramverk och principer för värdebaserade betalningsmodeller"
                        + " utvecklades samtidigt med caset; ett värdebaserat avtal i liten skala tecknades.",
                        IM + "3598-3602");

        NeedId specialistvard = ownedNeed("egenvard-specialistvard", "Egenmonitorering och egenvård i"
                        + " specialistvården", "Behov av att testa och utvärdera lösningar för egenmonitorering och"
                        + " egenvård i specialistvården.", NeedSource.STAFF, nus, nus, IM + "3596-3598");
        List<String> withUnnamedPartner = List.of(LANDSTING, "Företagspartner (namn ej angivet i källan)");
        initiative("egenvard-specialistvard")
                .fromNeed(specialistvard, "Egenmonitorering och egenvård i specialistvården", "Det andra av två case"
                        + " för test och utvärdering av egenmonitorerings- och egenvårdslösningar. Företagspartnern"
                        + " anges inte i källan.", nus, VLL_PARTNERSHIP, IM + "3596-3598")
                .classify(null, "Specialistvård", InnovationType.SERVICE, List.of(), null, IM + "3596-3598")
                .jointly("GX", GateOutcome.PROCEED, withUnnamedPartner, BODY, "Startskott från en VLL-enhet där"
                        + " behovsperspektivet står i fokus; inledande samarbetssamtal.", Y2017, FS + "764-768")
                .anchoredAt(nus, "Förankrat hos vårdenheten i specialistvården, med värdepotential i egenmonitorering"
                        + " och egenvård.", FS + "768-770")
                .jointly("G1", GateOutcome.PROCEED, withUnnamedPartner, BODY, "Förankring och värdepotential finns;"
                        + " parterna går vidare till behovsanalys och kostnadskartläggning.", Y2017, FS + "768-774")
                .baseline("Behovsanalys och kostnadskartläggning med initiala indikatorer; källan redovisar inga"
                        + " belopp eller indikatorvärden.", FS + "774-779")
                // the pre-study lists the barriers met in VLL's cases without tying them to a named case
                .barrier("b-ersattning", BarrierCategory.ERSATTNINGSMODELLER, SystemLevel.POLICY, "Ersättning som i"
                        + " dag främst sker utifrån produktion av sjukvård begränsar utrymmet att testa och införa nya"
                        + " lösningar, och skapar osäkerhet i investeringar som initieras i partnerskap med industrin.",
                        FS + "1279-1293");

        List<String> withGetinge = List.of(REGION_NAME, "Getinge");
        initiative("patientflode-mava")
                .fromPartner("Getinge", "Digital patientflödes- och vårdlogistiklösning inom akutvården",
                        "Pilotprojekt för test, löpande vidareutveckling och utvärdering av en patient- och"
                                + " vårdlogistiklösning på innovationskliniken Mava, med temporär utökning till"
                                + " covid-flödet på Norrlands universitetssjukhus, och gemensam konceptualisering av"
                                + " värdebaserade modeller för prissättning, betalning, riskdelning och uppföljning."
                                + " Getinges första konkreta samarbete i det som blev företagets Hospital"
                                + " Transformation Program.", mava, VLL_PARTNERSHIP, IM + "3608-3631")
                .classify(CLINIC_CASES, "Akutvård", InnovationType.PRODUCT, List.of(), mava,
                        IK + "31-34; " + IM + "3608-3617")
                .jointly("GX", GateOutcome.PROCEED, List.of(LANDSTING, "Getinge"), BODY, "Startskott på initiativ"
                        + " från en extern partner från industrin, med möjlighet att utveckla, förfina eller testa en"
                        + " lösning direkt i verksamheten.", Y2018, FS + "764-768; " + IM + "3608-3611")
                .anchoredAt(mava, "Förankrat på innovationskliniken Mava; stöd från bland annat FOU, IT, medicinteknik"
                        + " och service.", IM + "3615-3619")
                .jointly("G1", GateOutcome.PROCEED, List.of(LANDSTING, "Getinge"), BODY, "Förankring hos vårdenheten"
                        + " och värdepotential finns; parterna går vidare.", Y2018, FS + "768-774")
                .baseline("Behovsanalys och kostnadskartläggning för akutvårdsflödet på Mava; källan redovisar inga"
                        + " belopp eller indikatorvärden.", FS + "774-779")
                .jointly("G2", GateOutcome.PROCEED, withGetinge, BODY, "Parterna går vidare till värdeanalys och"
                        + " gemensam konceptualisering av värdebaserade modeller för prissättning, betalning,"
                        + " riskdelning och uppföljning.", year(2019), FS + "788-797; " + IM + "3620-3622")
                .barrier("b-lou", BarrierCategory.JURIDIK, SystemLevel.POLICY, "Otydligt när, var och hur lagen om"
                        + " offentlig upphandling träder i kraft vid partnerskap med bolag; de gemensamma seminarierna"
                        + " tog upp myterna kring juridiken om partnerskap.", FS + "1009; " + IM + "3807-3812")
                .published("Värdeskapande partnerskap mellan vård och industri", "Seminarium i Almedalen (Region"
                        + " Västerbotten och Getinge)", null, year(2019), IM + "3624-3629, 3805-3812")
                // the report's link dates the joint press release to 2020 (IM rad 3696)
                .published("Key outcomes of partnership-driven innovation pilot initiative", "Gemensam rapport från"
                        + " halvtidsutvärderingen (Getinge och Region Västerbotten)", null, year(2020),
                        IM + "3631-3636, 3696");

        // fail fast: the pre-study describes it at STEG 1 but names no case (FS rad 768-772); VLL Innovation had
        // contacts with over 30 life-science companies and about ten joint initiatives (FS rad 715-716)
        String unnamedCompany = "Life science-företag (namn ej angivet i källan)";
        List<String> failFastParties = List.of(LANDSTING, unnamedCompany);
        initiative("fail-fast-steg-1")
                .fromPartner(unnamedCompany, "Erbjudande om test av en lösning direkt i verksamheten (fail fast)",
                        "Illustrativt case: förstudien beskriver fail fast vid STEG 1 men namnger inga case. VLL"
                                + " Innovation har inlett kontakter med över 30 bolag inom life science och cirka tio"
                                + " gemensamma satsningar har initierats.", vllInnovation, VLL_PARTNERSHIP,
                        FS + "715-716, 764-772")
                .jointly("GX", GateOutcome.PROCEED, failFastParties, BODY, "Inledande samarbetssamtal: en extern"
                        + " partner från industrin vill utveckla, förfina eller testa en lösning direkt i verksamheten;"
                        + " parterna kartlägger förutsättningarna.", Y2017, FS + "764-768")
                .jointly("G1", GateOutcome.DISCONTINUE, failFastParties, BODY, "Fail fast: det finns inte tillräckligt"
                                + " med förutsättningar för att gå vidare. Beslutet tas för att undvika stora satsningar"
                                + " med marginellt alternativt negativt värdeutfall; idén avslutas.", Y2017,
                        FS + "768-772, 841-848", "Förstudierapport 2018, rad 768-772");

        // ---- implementation and spreading at the clinics (generic stage-gate) ----
        NeedId fettB = ownedNeed("fett-b", "Färdig på ett besök i allmäntandvården", "Teambaserat, flödesbaserat"
                        + " arbetssätt så att patienten blir färdig på ett besök (FETT-B); Idun är behovsägare.",
                NeedSource.STAFF, idun, idun, IM + "3649-3656, 3854-3858");
        initiative("fett-b")
                .fromNeed(fettB, "FETT-B – färdig på ett besök: flödespass och flödesapp", "Det teambaserade"
                        + " arbetssättet flödespass och den understödjande flödesappen, utvecklad i samarbete med"
                        + " Microsoft på företagets plattform för Office 365: Idun som behovsägare, centrum för"
                        + " informatik och medicinteknik som lösningsarkitekter och utvecklare, FOU/Innovationscentrum"
                        + " som processledningsstöd.", idun, GENERIC_STAGE_GATE, IM + "3649-3664, 3852-3861")
                .classify(CLINIC_CASES, "Tandvård", InnovationType.PROCESS, List.of(), idun,
                        IK + "31-34; " + IM + "3649-3656")
                .role(InitiativeRole.NEED_OWNER, null, idun, IM + "3857-3858")
                .reconstructGenericTo("DEVELOPMENT", nameOf(idun), "Utveckling på innovationskliniken Idun.",
                        year(2019), IM + "3649-3656")
                .decide("G4", GateOutcome.PROCEED, nameOf(idun), "Helhetskonceptet testas och utvärderas på"
                        + " innovationskliniken Idun.", year(2020), IM + "3843-3848")
                .pilotStarted("pilot-idun", idun, year(2020), IM + "3843-3848")
                .pilotCompleted("pilot-idun", year(2021), "Arbetssättet och flödesappen utvecklade, testade och"
                        + " utvärderade på Idun; värdet för Idun tydliggjordes inför uppskalning.", IM + "3843-3848,"
                        + " 3895-3898")
                .decide("G5", GateOutcome.IMPLEMENT, nameOf(idun), "Övergång från test och utvärdering på en klinik"
                        + " till det vardagliga arbetet.", year(2021), IM + "3843-3848")
                .implementedAt(idun, year(2021), IM + "3843-3848")
                .decide("G6", GateOutcome.SCALE_UP, "Tandvårdens ledningsgrupp och klinikledningen i Skellefteå"
                                + " City", "Inför beslut om uppskalning identifierade tandvårdens ledningsgrupp ett mindre"
                                + " antal potentiella kliniker; Skellefteå City visade intresse och avgjorde att relevans"
                                + " och timing var rätt. Efter demo och test i mindre skala beslutades en anpassad"
                                + " uppskalning.", year(2021), IM + "3887-3922",
                        "Center for Offentlig Innovation: spridningsguide, sex framgångsfaktorer (IM rad 3838-3848)")
                // before Idun's own expansion in 2023–2024 (IM rad 3872-3875); the year is not given
                .spreadTo(skelleftea, year(2021), IM + "3658-3660, 3863-3875")
                .published("Från behov till implementerad och uppskalad lösning", "Swedish Medtech Spring Summit"
                        + " 2022", null, year(2022), IM + "3815-3818")
                .published("FETT-B och innovationskliniken Idun", "Folktandvårdens Riksstämma, Umeå", null, year(2023),
                        IM + "3818-3819")
                .spreadTo(akc, year(2024), IM + "3661-3663, 3876-3879");

        // the source does not date the Voxit project; the innovation clinics ran 2017–2021 (IM rad 4589-4591)
        initiative("rostdiktering")
                .fromPartner("Voxit", "Röststyrd diktering i tandvårdsjournalen", "Spridning och uppskalning av"
                        + " röststyrd diktering inom Folktandvården, inklusive vidareutvecklad funktionalitet i befintlig"
                        + " teknik, i samarbete med företaget Voxit. Arbetet skedde på innovationskliniken Idun.", idun,
                        GENERIC_STAGE_GATE, IM + "3639-3647")
                .classify(CLINIC_CASES, "Tandvård", InnovationType.PRODUCT, List.of(), idun,
                        IK + "31-34; " + IM + "3639-3643")
                .reconstructGenericTo("TEST", nameOf(idun), "Vidareutvecklad funktionalitet testad på Idun.",
                        year(2019), IM + "3639-3643")
                .decide("G5", GateOutcome.IMPLEMENT, nameOf(idun), "Röststyrd diktering i tandvårdsjournalen tas i"
                        + " bruk på innovationskliniken Idun.", year(2019), IM + "3639-3647")
                .implementedAt(idun, year(2019), IM + "3639-3647")
                .decide("G6", GateOutcome.SCALE_UP, nameOf(folktandvarden), "Innovationskliniken nyckeln när det nya"
                        + " taligenkänningssystemet breddinförs inom Folktandvården.", year(2020), IM + "3639-3647")
                .spreadTo(folktandvarden, year(2020), IM + "3639-3647");

        NeedId tremor = ownedNeed("tremor-behandling", "Behandling vid essentiell tremor och tremordominant"
                        + " Parkinsons sjukdom", "För patienter där behandling med läkemedel inte haft tillräcklig"
                        + " effekt.", NeedSource.STAFF, neuro, neuro, IM + "4418-4424");
        initiative("fokuserat-ultraljud")
                .fromNeed(tremor, "Fokuserat ultraljud – ny behandlingsmetod på Nus", "Implementeringsprojekt \"från"
                        + " ax till limpa\" i en spjutspetsverksamhet: nulägesanalys, behov och ägandeskap,"
                        + " dialogmöten med ledning, omvärldsspaning, externa dialogmöten med företag, beredning av"
                        + " investeringsbeslut, upphandling och inköp av medicinteknisk utrustning, införande och"
                        + " implementering.", neuro, GENERIC_STAGE_GATE, IM + "3683-3716")
                .classify(null, "Specialistvård", InnovationType.METHOD, List.of(), null, IM + "4418-4424")
                .decide("G1", GateOutcome.PROCEED, nameOf(neuro), "En ändamålsenlig beredningsprocess saknades;"
                        + " verksamheten sökte stöd hos Innovationscentrum inom regionens innovationsmotorprojekt.",
                        year(2023), IM + "4424-4430")
                .decide("G2", GateOutcome.PROCEED, nameOf(neuro) + " med Innovationscentrum", "Beredning 2023–2024:"
                        + " patienters behov och nuvarande metoder, omvärldsspaning och marknadsgodkännande, evidens,"
                        + " patientunderlag, implementeringsplan och kostnadskalkyl enligt Ekonomistyrningsverkets mall"
                        + " för business case.", year(2023), IM + "4418-4440, 4526-4527")
                .decide("G3", GateOutcome.PROCEED, "Beslutsfattare på flera nivåer: verksamhet, område,"
                                + " förvaltningsledning och politik", "Slutgiltigt beslut att dels investera i ny"
                                + " medicinteknisk utrustning, dels införa, implementera och tillgängliggöra en helt ny"
                                + " behandlingsmetod på Norrlands universitetssjukhus.", year(2024),
                        IM + "4436-4440, 4711-4714", "Beslutsunderlag för investering (IM rad 4440-4575)")
                .decide("G4", GateOutcome.PROCEED, nameOf(neuro), "Upphandling och inköp av medicinteknisk"
                        + " utrustning; installation och infasning enligt implementeringsplanen.", year(2024),
                        IM + "3696-3702")
                .decide("G5", GateOutcome.IMPLEMENT, nameOf(neuro), "Införande och implementering som resulterade i"
                        + " tillgängliggörandet av en ny behandlingsmetod för patienter i hela Sverige.", year(2024),
                        IM + "3700-3703")
                .implementedAt(neuro, year(2024), IM + "3700-3703");

        // "Uppstarten ... sammanföll med covid-pandemin" (IM rad 3672-3675): launched 2020, closed nominally 2021
        initiative("mentorskapsprogram")
                .fromPartner("Microsoft och Pfizer", "Mentorskapsprogram för värdeskapande lösningar i hälso- och"
                        + " sjukvården", "Mentorskapsprogram för att främja innovation och implementering av"
                        + " värdeskapande lösningar, etablerat i partnerskap mellan Region Västerbotten, Microsoft och"
                        + " Pfizer; ett första företag valdes ut för mentorskap.", region, GENERIC_STAGE_GATE,
                        IM + "3666-3672")
                .classify(null, null, InnovationType.ORGANISATION, List.of(), null, IM + "3666-3672")
                .decide("G1", GateOutcome.PROCEED, "Region Västerbotten, Microsoft och Pfizer", "Programmet sjösattes"
                        + " och ett första företag valdes ut för mentorskap.", year(2020), IM + "3666-3672")
                .closed("Uppstarten sammanföll med covid-pandemin och programmet gick inte att genomföra som tänkt."
                        + " Region Västerbotten delade erfarenheter kring värdeskapande i vården; Microsoft fortsatte"
                        + " arbetet inom ramen för andra stöd till uppstartsföretag.", year(2021), IM + "3672-3678");
    }
}
