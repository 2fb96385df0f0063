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
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.BOARD;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.CLINIC;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.COMPANY;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.HOSPITAL;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.REGION;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.TESTBED;
import static org.innovationledger.kernel.process.BuiltInProcessModels.GENERIC_STAGE_GATE;

/**
 * Region Stockholm's 2021 projects and units, from {@code shared/seeds/stockholm-innovationsbokslut-2021.sv.txt}
 * ("rad" = line of that file), all under the generic stage-gate model.
 * <p>
 * What the source gives and what it does not:
 * <ul>
 *   <li>It reports where each project stood in 2021, not the decisions that took it there. The gates before the
 *   reported one are recorded as reconstructions by the owning unit and say so; the reported decision (a grant
 *   from Innovationsfonden, a grant from the board's innovation and development committee, an implementation)
 *   carries the source's words and lines.</li>
 *   <li>It dates facts to 2021 only, except the awards (October 2021, rad 64, 145, 178) and I-AID (ended autumn
 *   2020, rad 264): those facts get the nominal date {@link DemoRegion#year(int)}.</li>
 *   <li>It names no intake channel for the projects' needs: they are recorded as raised by the owning unit's
 *   staff ({@link NeedSource#STAFF}), except En väg in (companies' inquiries).</li>
 *   <li>Strategy areas are the innovation strategy's four (rad 83); core areas only where the source's list of
 *   innovation units names one (rad 50); innovation types only where the project says what it makes.</li>
 *   <li>Where the source names no owning unit (Parkinsonprojektet, the KBT programme, the IUU-funded knowledge
 *   centre and training, Mat och måltider, En väg in) the region owns the initiative.</li>
 * </ul>
 */
final class StockholmDemo extends DemoRegion {

    static final String TENANT = "region-stockholm";
    private static final String DOC = "Region Stockholm: Innovationsbokslut 2021, rad ";
    private static final LocalDate Y2021 = year(2021);

    private static final String INTERNT = "Internt utvecklingsarbete";
    private static final String INTEGRERAD = "Integrerad innovation";
    private static final String TESTMILJOER = "Testmiljöer";
    private static final String INKOP = "Innovation och inköp";
    private static final String VARD = "Hälso- och sjukvård";

    private static final String FUND = "Innovationsfonden, Region Stockholm (bedömningsgruppen)";
    private static final String IUU = "Regionstyrelsens innovations- och utvecklingsutskott (IUU)";

    private OrganisationUnitId region;
    private OrganisationUnitId iuu;

    StockholmDemo() {
        super(TENANT, "sthlm", "Demo: Region Stockholm, Innovationsbokslut 2021");
    }

    static String ref(String lines) {
        return DOC + lines;
    }

    @Override
    void load() {
        // ---- units: the region, the boards, administrations, hospitals and companies the bokslut names ----
        region = unit("region", "Region Stockholm", REGION, null, null, ref("4-6, 336-340"));
        iuu = unit("iuu", "Regionstyrelsens innovations- och utvecklingsutskott", BOARD, region, null,
                ref("54, 111"));
        unit("patientnamnden", "Patientnämnden", BOARD, region, null, ref("66, 211"));
        OrganisationUnitId rlk = unit("rlk", "Regionledningskontoret", ADMINISTRATION, region, null,
                ref("50-52, 127, 338"));
        unit("hsf", "Hälso- och sjukvårdsförvaltningen", ADMINISTRATION, region, null, ref("107, 201"));
        OrganisationUnitId trafik = unit("trafik", "Trafikförvaltningen", ADMINISTRATION, region, null,
                ref("44, 193, 207-209"));
        OrganisationUnitId kultur = unit("kultur", "Kulturförvaltningen", ADMINISTRATION, region, null,
                ref("44, 205, 224"));
        OrganisationUnitId slso = unit("slso", "Stockholms läns sjukvårdsområde (SLSO)", ADMINISTRATION, region,
                null, ref("50, 117, 221"));
        OrganisationUnitId asc = unit("asc", "Akademiska Specialistcentrum", CLINIC, slso, null, ref("282"));
        OrganisationUnitId karolinska = unit("karolinska", "Karolinska Universitetssjukhuset", HOSPITAL, region,
                null, ref("44, 124, 131"));
        OrganisationUnitId danderyd = unit("danderyd", "Danderyds sjukhus", HOSPITAL, region, null,
                ref("44, 77, 122"));
        OrganisationUnitId sos = unit("sos", "Södersjukhuset", HOSPITAL, region, null, ref("44, 125, 189-190"));
        OrganisationUnitId sachsska = unit("sachsska", "Sachsska barnakuten, Södersjukhuset", CLINIC, sos, null,
                ref("44, 222"));
        OrganisationUnitId sodertalje = unit("sodertalje", "Södertälje sjukhus", HOSPITAL, region, null,
                ref("118, 127, 192"));
        OrganisationUnitId sterik = unit("sterik", "S:t Eriks Ögonsjukhus", HOSPITAL, region, null,
                ref("107, 194"));
        OrganisationUnitId stgoran = unit("stgoran", "Capio S:t Görans sjukhus", HOSPITAL, region, null,
                ref("107, 217"));
        // Tiohundra runs the hospital-attached mobile home-care team SAMS (rad 223)
        OrganisationUnitId tiohundra = unit("tiohundra", "Tiohundra", HOSPITAL, region, null, ref("107, 126, 223"));
        OrganisationUnitId folktandvarden = unit("folktandvarden", "Folktandvården i Stockholm AB", COMPANY, region,
                null, ref("107, 195"));
        OrganisationUnitId aisab = unit("aisab", "Ambulanssjukvården i Storstockholm AB (AISAB)", COMPANY, region,
                null, ref("107, 199, 240"));
        // named without its legal form in the source ("inom Locum", rad 50); registered as the region's company
        unit("locum", "Locum", COMPANY, region, null, ref("44, 50, 240"));
        // "då ett 5G testnät inrättas vid ambulansintag och akutmottagning vid Danderyds sjukhus" (rad 242); no date
        OrganisationUnitId testnat5g = unit("testnat-5g",
                "5G-testnät vid ambulansintag och akutmottagning, Danderyds sjukhus", TESTBED, danderyd, null,
                ref("54, 240-242"));

        // ---- needs captured but not (yet) taken up by an initiative ----
        // Digironder: needs "analyseras, förtydligas och prioriteras till grund för sjukhusets digitala färdplan"
        NeedId digironder = ownedNeed("digironder", "Verksamheternas behov av digitalisering, Södertälje sjukhus",
                "Digironder fångar systematiskt upp alla verksamheters behov av digitalisering vid Södertälje"
                        + " sjukhus.", NeedSource.STAFF, sodertalje, sodertalje, ref("118"));
        refer(digironder, "Södertälje sjukhus digitala färdplan", "Behoven analyseras, förtydligas och prioriteras"
                + " till grund för sjukhusets digitala färdplan (Digironder).", ref("118"));
        // the requirements analysis before a future innovation-partnership procurement: still to be done
        ownedNeed("systemstod-kliniska-studier", "Effektivt systemstöd för administration av kliniska studier",
                "Det finns inget effektivt systemstöd för administration av kliniska studier som går att använda"
                        + " inom regionen; en kravanalys behöver tas fram inför en framtida"
                        + " innovationspartnerskapsupphandling. Drivs av studieenheten på Akademiska Specialistcentrum.",
                NeedSource.STAFF, asc, asc, ref("280-282"));

        // ---- Innovationsfonden 2021: 15 MSEK, 143 applications, 58 granted (rad 61, 174); examples rad 187-195
        fundProject("iva-dagboken", "Minska effekterna av Post Intensive Care Syndrome (PICS)", sos,
                "IVA-dagboken", "Minskar effekter av Post Intensive Care Syndrome (PICS), vid Södersjukhuset.",
                null, VARD, "DEVELOPMENT", "189");
        fundProject("textilsvinn", "Minskat textilsvinn", sos, "Minskat textilsvinn",
                "Ett nudging-projekt på Södersjukhuset för ett förändrat beteende.", InnovationType.METHOD, VARD,
                "DEVELOPMENT", "190");
        fundProject("parkinson", "Underlag för val av behandlingsmetod vid Parkinsons sjukdom", region,
                "Parkinsonprojektet", "Ska ta fram en enhet som mäter bland annat rörelsemönster. Med hjälp av"
                        + " insamlade data kan AI-analys göras för att avgöra behandlingsmetod. Ägande enhet anges inte"
                        + " i källan.", InnovationType.PRODUCT, VARD, "DEVELOPMENT", "191");
        fundProject("hjartsvikt", "Egenmonitorering för patienter med hjärtsvikt", sodertalje,
                "Egenmonitorering av hjärtsviktpatienter", "Genomförande av pilotprojekt vid Södertälje sjukhus för"
                        + " egenmonitorering av patienter med hjärtsvikt.", InnovationType.SERVICE, VARD,
                "DEVELOPMENT", "192")
                .decide("G4", GateOutcome.PROCEED, "Södertälje sjukhus", "Pilotprojektet för egenmonitorering av"
                        + " patienter med hjärtsvikt genomförs vid Södertälje sjukhus.", Y2021, ref("192"))
                .pilotStarted("pilot-sodertalje", sodertalje, Y2021, ref("192"));
        fundProject("mobilitetshubb", "Enkelt utforska om nya mobilitetstjänster underlättar kollektivt resande",
                trafik, "Mobil Mobilitetshubb", "Trafikförvaltningen har utvecklat en idé om en mobil"
                        + " mobilitetshubb. Syftet är att enkelt utforska om nya mobilitetstjänster underlättar för"
                        + " kollektivt resande.", InnovationType.SERVICE, "Trafik", "PRE_STUDY", "193");
        fundProject("spolstol", "Ögonspolning av patienter på ögonakuten", sterik, "Spolstol",
                "Spolstol för ögonspolning av patienter på ögonakuten, S:t Eriks Ögonsjukhus.",
                InnovationType.PRODUCT, VARD, "DEVELOPMENT", "194");
        fundProject("intraoral-scanning", "Intraoral scanning inom protetik och ortodonti", folktandvarden,
                "Intraoral scanning", "Integration av scanners vid Folktandvården samt implementation av nya"
                        + " applikationer inom protetik och ortodonti.", InnovationType.PRODUCT, null, "DEVELOPMENT",
                "195")
                .reconstructGenericTo("TEST", "Folktandvården i Stockholm AB", "", Y2021, ref("195"))
                .decide("G5", GateOutcome.IMPLEMENT, "Folktandvården i Stockholm AB", "Scanners integreras och nya"
                        + " applikationer implementeras inom protetik och ortodonti.", Y2021, ref("195"))
                .implementedAt(folktandvarden, Y2021, ref("195"));
        fundProject("kbt-krisprogram", "Krishantering anpassad efter individen",
                region, "Individanpassat KBT-baserat krishanteringsprogram", "Utveckling, implementering och"
                        + " utvärdering av ett nytt individanpassat KBT-baserat krishanteringsprogram. Årets innovation"
                        + " 2021. Ägande enhet anges inte i källan.", InnovationType.METHOD, VARD, "DEVELOPMENT", "178")
                .reconstructGenericTo("TEST", "Region Stockholm", "", Y2021, ref("178"))
                .decide("G5", GateOutcome.IMPLEMENT, "Region Stockholm", "Programmet har utvecklats, implementerats"
                                + " och utvärderats; utsett till Årets innovation 2021 under Innovationsfondens dagar.",
                        month(2021, 10), ref("178"), "Innovationsbokslut 2021, rad 178")
                .published("Årets innovation 2021: Utveckling, implementering och utvärdering av ett nytt"
                                + " individanpassat KBT-baserat krishanteringsprogram",
                        "Innovationsfondens digitala dagar (livestream med Vinnovas innovationsvecka)",
                        "Vinnarna av Årets Innovation och årets bästa Implementation 2021 är utsedda i Region"
                                + " Stockholm", month(2021, 10), ref("145, 178-179"));
        fundProject("3d-datortomografi", "Tredimensionella datortomografibilder i kliniskt bruk", danderyd,
                "Införande av 3-dimensionella datortomografibilder kliniskt", "Årets implementation 2021: projektet"
                        + " om 3D-datortomografibilder från Danderyds sjukhus.", InnovationType.METHOD, VARD,
                "DEVELOPMENT", "77, 178")
                .reconstructGenericTo("TEST", "Danderyds sjukhus", "", Y2021, ref("77, 178"))
                .decide("G5", GateOutcome.IMPLEMENT, "Danderyds sjukhus", "3-dimensionella datortomografibilder"
                        + " införs kliniskt; utsett till Årets implementation 2021.", Y2021, ref("77, 178"),
                        "Innovationsbokslut 2021, rad 77")
                .implementedAt(danderyd, Y2021, ref("77"))
                .published("Årets implementation 2021: Införande av 3-dimensionella datortomografibilder kliniskt",
                        "Innovationsfondens digitala dagar (livestream med Vinnovas innovationsvecka)",
                        "Vinnarna av Årets Innovation och årets bästa Implementation 2021 är utsedda i Region"
                                + " Stockholm", month(2021, 10), ref("77, 145, 178-179"));

        // ---- the five proposals the coordination group prepared and IUU granted in 2021 (rad 54, 111-113) ----
        // The source spells the 5G project "platsberoende" (rad 54) and "Platsoberoende" (rad 238): one project.
        iuuProject("5g", "Patientsäkerhet, tillgänglighet och resursoptimering i den intrahospitala akuta vården",
                danderyd, "Platsoberoende mobila vårdlösningar/5G", "Ett projekt från Ambulanssjukvården i"
                        + " Storstockholm AB, Locum, Danderyds sjukhus, Karolinska Universitetssjukhuset och Tiohundra:"
                        + " hur 5G-tekniken kan förbättra patientsäkerhet, tillgänglighet och resursoptimering genom"
                        + " att förändra arbetsprocesser och infrastruktur inom den intrahospitala akuta vården och"
                        + " fastighetsdriften, och hur 5G kan användas som innovationsplattform när ett 5G-testnät"
                        + " inrättas vid ambulansintag och akutmottagning vid Danderyds sjukhus.",
                TESTMILJOER, InnovationType.PROCESS, testnat5g, "PRE_STUDY", "54, 236-242");
        iuuProject("kunskapscentrum-tjanstedesign", "Kunskap i system- och tjänstedesign för regionens"
                        + " verksamheter", region, "Kunskapscentrum för system- och tjänstedesign",
                "Regionövergripande satsning framtagen av Samordningsgruppen innovation. Ägande enhet anges inte i"
                        + " källan.", INTEGRERAD, InnovationType.ORGANISATION, null, "DEVELOPMENT", "54, 111-113");
        iuuProject("forstudie-3d-visualisering", "3D-visualisering för kliniskt bruk och innovationsarbete",
                sodertalje, "Förstudie 3D-visualiseringscenter", "Förstudie för ett regionövergripande"
                        + " 3D-visualiseringscenter för kliniskt bruk och innovationsarbete. Underlag har tagits fram"
                        + " gemensamt av Södertälje sjukhus, Södersjukhuset, Danderyds sjukhus och Karolinska"
                        + " Universitetssjukhuset; beslutsunderlag tillsammans med Regionledningskontoret.",
                TESTMILJOER, null, null, "PRE_STUDY", "54, 127, 244");
        iuuProject("energieffektiv-vard", "Energieffektiv vård", danderyd,
                "Implementeringsförstudie energieffektiv vård", "Energieffektiv vård på Danderyds sjukhus med Locum.",
                INTEGRERAD, null, null, "PRE_STUDY", "44, 54");
        iuuProject("innovationsledarutbildningar", "Innovationskompetens hos ledare i hela regionen", region,
                "Regionövergripande innovationsledarutbildningar", "Innovationsutbildningar i vårdkontext. Under"
                        + " 2021 deltog 429 personer i årets innovationskurser (utbildning och coaching från Karolinska"
                        + " Universitetssjukhuset).", INTEGRERAD, InnovationType.ORGANISATION, null, "DEVELOPMENT",
                "54, 113, 131");

        // ---- other projects of 2021 ----
        NeedId hemsjukhus = ownedNeed("hemsjukhusvard", "Regional samordning av distansmonitorering av patienter"
                        + " med svår kronisk sjukdom", "Hjärtsvikt, arytmi, KOL och endokardit.", NeedSource.STAFF,
                karolinska, karolinska, ref("117"));
        initiative("hemsjukhusvard")
                .fromNeed(hemsjukhus, "Projektet hemsjukhusvård", "Utforskar möjligheter och utmaningar för"
                        + " regional samordning av distansmonitorering. Samverkan mellan Karolinska"
                        + " Universitetssjukhuset, Danderyds sjukhus, Södersjukhuset, SLSO/ASIH och Södertälje sjukhus.",
                        karolinska, GENERIC_STAGE_GATE, ref("117"))
                .classify(INTEGRERAD, VARD, InnovationType.SERVICE, List.of(), null, ref("83, 117"))
                .advanceGenericTo("PRE_STUDY", "Karolinska Universitetssjukhuset", "Karolinska"
                        + " Universitetssjukhuset med samverkande sjukhus", "Projektet utforskar möjligheter och"
                        + " utmaningar för regional samordning av distansmonitorering.", Y2021, ref("117"));

        NeedId djupsanering = ownedNeed("djupsanering", "Effektiv och säker desinficering av ambulanser och"
                        + " operationssalar", null, NeedSource.STAFF, aisab, aisab, ref("199"));
        initiative("djupsanering")
                .fromNeed(djupsanering, "Djupsanering av ambulans och operationssalar", "I samverkan mellan AISAB,"
                        + " KS Solna och vårdhygien: effektivitet, säkerhet och organisatoriska förutsättningar av"
                        + " desinficering med väteperoxid inom ambulanssjukvården.", aisab, GENERIC_STAGE_GATE,
                        ref("199"))
                .classify(INTERNT, VARD, InnovationType.METHOD, List.of(), null, ref("83, 199"))
                .advanceGenericTo("TEST", "Ambulanssjukvården i Storstockholm AB (AISAB)", "AISAB, KS Solna och"
                        + " vårdhygien", "Undersöker effektivitet, säkerhet och organisatoriska förutsättningar av"
                        + " desinficering med väteperoxid inom ambulanssjukvården.", Y2021, ref("199"));

        NeedId depa = ownedNeed("depabevakning", "Bevakning av pendeltågsdepåer", null, NeedSource.STAFF, trafik,
                trafik, ref("207"));
        initiative("radarsystem")
                .fromNeed(depa, "Radarsystem för bevakning av depå", "Trafikförvaltningen har utvärderat tjänsten"
                        + " radarsystem i kombination med kamera som bevakning av en depå.", trafik, GENERIC_STAGE_GATE,
                        ref("207"))
                .classify(INTERNT, "Trafik", InnovationType.SERVICE, List.of(), null, ref("50, 83, 207"))
                .advanceGenericTo("TEST", "Trafikförvaltningen", "Trafikförvaltningen", "Tjänsten radarsystem i"
                        + " kombination med kamera prövas som bevakning av en större pendeltågsdepå.", month(2021, 1),
                        ref("207"))
                .pilotStarted("pilot-depa", trafik, month(2021, 1), ref("207"))
                .pilotCompleted("pilot-depa", month(2021, 6), "Under vintern och våren bevakades en större"
                        + " pendeltågsdepå av radarsystemet och tjänsten utvärderades; utfallet redovisas inte i"
                        + " källan.", ref("207"));

        // the pilot ran "i avtalsområdet där Kone är serviceentreprenör": Kone is the partner the source names
        initiative("ai-hissar")
                .fromPartner("Kone", "AI för hissar", "Pilottest avseende AI för hissar på några utvalda anläggningar"
                        + " i avtalsområdet där Kone är serviceentreprenör.", trafik, GENERIC_STAGE_GATE, ref("209"))
                .classify(INTERNT, "Trafik", InnovationType.SERVICE, List.of(), null, ref("50, 83, 209"))
                .advanceGenericTo("TEST", "Trafikförvaltningen", "Trafikförvaltningen", "Pilottest på några utvalda"
                        + " anläggningar i avtalsområdet där Kone är serviceentreprenör.", Y2021, ref("209"))
                .pilotStarted("pilot-hissar", trafik, Y2021, ref("209"))
                .pilotCompleted("pilot-hissar", Y2021, "Pilottestet är utfört; resultatet redovisas inte i källan.",
                        ref("209"));

        NeedId sameDay = ownedNeed("hemgang-samma-dag", "Hemgång samma dag efter sameDayoperation",
                "Utan att kompromissa på kvalitet eller patientsäkerhet.", NeedSource.STAFF, stgoran, stgoran,
                ref("217"));
        initiative("hemgang-samma-dag")
                .fromNeed(sameDay, "Hemgång samma dag efter sameDayoperation", "Projekt för att patienterna"
                        + " på S:t Görans sjukhus går hem samma dag efter sin sameDayoperation utan att kompromissa"
                        + " på kvalitet eller patientsäkerhet.", stgoran, GENERIC_STAGE_GATE, ref("217"))
                .classify(INTERNT, VARD, InnovationType.PROCESS, List.of(), null, ref("83, 217"))
                .advanceGenericTo("IDEA", "Capio S:t Görans sjukhus", "Capio S:t Görans sjukhus", "Projektet för"
                        + " hemgång samma dag har startats.", Y2021, ref("217"));

        // ---- "Implementering": projects that resulted in introduction during 2021 (rad 219-226) ----
        implementation("alltid-oppet", "Digitala vårdmöten och vaccinationsbokning för invånarna", slso,
                "Alltid Öppet", "Implementering av digitala vårdmöten, vaccinationsbokning m.m. med Alltid Öppet."
                        + " 925 enheter inom Region Stockholm och Gotland är anslutna, 2,4 miljoner invånare har laddat"
                        + " ner appen och cirka 80 000 videomöten per månad genomförs.", InnovationType.SERVICE,
                "Stockholms läns sjukvårdsområde (SLSO)", slso, "44, 213-215, 221");
        implementation("sachsska-ar", "Minska oro bland patienter och närstående under väntan på Sachsska"
                        + " barnakuten", sachsska, "Augmented reality i väntan på Sachsska barnakuten",
                "Med hjälp av augmented reality (AR) får barn och föräldrar en uppfattning om när det är deras tur"
                        + " och hur många barn som befinner sig på akuten just nu.", InnovationType.SERVICE,
                "Södersjukhuset", sachsska, "44, 222");
        implementation("sams", "Vård i hemmet", tiohundra, "SAMS – Sjukhusanslutet mobilt hemsjukvårdsteam",
                "Ger patienter vård i hemmet; drygt 1 200 hembesök har genomförts.", InnovationType.ORGANISATION,
                "Tiohundra", tiohundra, "223");
        NeedId vr = ownedNeed("vr-kbt", "Stöd i KBT-behandlingar med VR", null, NeedSource.STAFF, kultur, kultur,
                ref("224"));
        initiative("vr-i-varden")
                .fromNeed(vr, "VR i vården", "Kulturförvaltningens VR-projekt som Film Stockholm genomförde"
                        + " tillsammans med Gustavsbergs vårdcentral, med fokus på KBT-behandlingar.", kultur,
                        GENERIC_STAGE_GATE, ref("224"))
                .classify(INTERNT, "Kultur", InnovationType.SERVICE, List.of(), null, ref("50, 83, 224"))
                .reconstructGenericTo("TEST", "Kulturförvaltningen", "", Y2021, ref("224"))
                .decide("G5", GateOutcome.IMPLEMENT, "Kulturförvaltningen", "Kulturförvaltningens arbete med VR i"
                        + " vården har varit framgångsrikt (redovisat bland 2021 års införanden).", Y2021, ref("219, 224"))
                .published("Resultatet av VR-projektet med fokus på KBT-behandlingar", "Cambridge University Press",
                        "Artikel publicerad 2021", Y2021, ref("224"));
        NeedId vagIn = ownedNeed("foretagens-vag-in", "Företag vill få kontakt med behovsägare i vården",
                "Svarstiden till företag som vill få kontakt med behovsägare i vården var 21 arbetsdagar.",
                NeedSource.COMPANY_INQUIRY, region, rlk, ref("284-286"));
        initiative("en-vag-in")
                .fromNeed(vagIn, "En väg in – företagens väg in till Region Stockholm", "Ett gemensamt"
                        + " regionövergripande ärendehanteringssystem för innovationer har utvecklats och införs."
                        + " Svarstiden till företag har förkortats från 21 till 10 arbetsdagar.", region,
                        GENERIC_STAGE_GATE, ref("284-286"))
                .classify(INKOP, null, InnovationType.PROCESS, List.of(), null, ref("83, 284-286"))
                .reconstructGenericTo("TEST", "Region Stockholm", "", Y2021, ref("286"))
                .decide("G5", GateOutcome.IMPLEMENT, "Region Stockholm", "Det regionövergripande"
                        + " ärendehanteringssystemet för innovationer har utvecklats och införs; svarstiden till"
                        + " företag har förkortats från 21 till 10 arbetsdagar.", Y2021, ref("286"))
                .implementedAt(region, Y2021, ref("286"));

        // ---- innovation partnerships and procurement (rad 250-282) ----
        // "Karolinskas innovationspartnerskap med Philips" (rad 274): recorded with Philips as the partner
        initiative("ar-kirurgisk-navigering")
                .fromPartner("Philips", "Augmented Reality in Surgical Navigation", "Projekt inom Karolinskas"
                        + " innovationspartnerskap med Philips: en teknik som gör att kirurgen ser hur patienten ser ut"
                        + " inuti utan att öppna upp stora sår.", karolinska, GENERIC_STAGE_GATE, ref("272-274"))
                .classify(INKOP, VARD, InnovationType.PRODUCT, List.of(), null, ref("83, 270-274"))
                .reconstructGenericTo("TEST", "Karolinska Universitetssjukhuset", "", Y2021, ref("274"))
                .decide("G5", GateOutcome.SCALE_UP, "Karolinska Universitetssjukhuset och Philips"
                        + " (innovationspartnerskap)", "Tekniken har hittills använts vid ryggkirurgi men överförs nu"
                        + " även till andra typer av operationer.", Y2021, ref("274"), "Innovationsbokslut 2021, rad 44")
                .implementedAt(karolinska, Y2021, ref("44, 274"));
        // the partnership "drivs primärt av Facility Management-tjänster" (rad 278): no owning unit named
        initiative("mat-och-maltider")
                .fromPartner("Signature by COOR", "Innovationspartnerskap Mat och måltider", "Visionen är att"
                        + " säkerställa att patienten får i sig den näring som behövs, med patientupplevelsen i centrum"
                        + " och måltiderna som en självklar och prioriterad del av vården. Drivs primärt av Facility"
                        + " Management-tjänster; ägande enhet anges inte i källan.", region, GENERIC_STAGE_GATE,
                        ref("276-278"))
                .classify(INKOP, VARD, InnovationType.SERVICE, List.of(), null, ref("83, 276-278"))
                .advanceGenericTo("DEVELOPMENT", "Region Stockholm", "Region Stockholm (Facility Management-tjänster)",
                        "Innovationspartnerskap med fokus på mat och måltider, med patientens näringsintag och"
                                + " upplevelse i centrum.", Y2021, ref("276-278"));
        // I-AID ended in autumn 2020 and was final-reported (rad 124, 264)
        NeedId aiRiktlinjer = ownedNeed("ai-riktlinjer", "Snabbare utveckling och användning av AI i vården",
                "Tydliga riktlinjer och processer inom bland annat juridik, upphandling, IT och datahantering"
                        + " behövs.", NeedSource.STAFF, karolinska, karolinska, ref("260"));
        initiative("i-aid")
                .fromNeed(aiRiktlinjer, "I-AID", "Regionalt projekt för att underlätta och snabba på utveckling och"
                        + " användande av AI i vården genom tydliga riktlinjer och processer. Drevs av Karolinska"
                        + " Universitetssjukhuset och Region Stockholm.", karolinska, GENERIC_STAGE_GATE, ref("260-264"))
                .classify(INKOP, VARD, InnovationType.PROCESS, List.of(), null, ref("83, 260"))
                .advanceGenericTo("DEVELOPMENT", "Karolinska Universitetssjukhuset", "Karolinska"
                        + " Universitetssjukhuset och Region Stockholm", "Projektet etablerar riktlinjer och processer"
                        + " för AI i vården.", year(2020), ref("260-264"))
                .barrier("b-ai-riktlinjer", BarrierCategory.JURIDIK, SystemLevel.ORGANISATION, "Utveckling och"
                        + " användning av AI i vården saknade tydliga riktlinjer och processer inom juridik,"
                        + " upphandling, IT och datahantering.", ref("260"))
                .barrierAddressed("b-ai-riktlinjer", "Projektet etablerade tydliga riktlinjer och processer inom"
                        + " bland annat juridik, upphandling, IT och datahantering.", ref("260"))
                .closed("Projektet avslutades hösten 2020 och har slutrapporterats. Det lade grund för"
                        + " distanslösningar samt implementering av AI i vården; målet på sikt är säkrare, snabbare och"
                        + " mer jämlik diagnostik.", month(2020, 10), ref("124, 260-264"));

        // Innovationsfonden 2021 as calls and applications: StockholmInnovationFund, loaded after all regions
    }

    /** A project funded by Innovationsfonden in 2021; the grant takes it into {@code grantInto}. */
    private InitiativeScript fundProject(String key, String needTitle, OrganisationUnitId unit, String title,
                                         String description, InnovationType type, String coreArea,
                                         String grantInto, String lines) {
        NeedId need = ownedNeed(key, needTitle, null, NeedSource.STAFF, unit, unit, ref(lines));
        return initiative(key)
                .fromNeed(need, title, description, unit, GENERIC_STAGE_GATE, ref(lines))
                .classify(INTERNT, coreArea, type, List.of(), null, ref("83, " + lines))
                .role(InitiativeRole.FUNDER, "Innovationsfonden, Region Stockholm", null, ref("61, 174"))
                .advanceGenericTo(grantInto, nameOf(unit), FUND, "Beviljade medel ur Innovationsfonden 2021"
                                + " (143 ansökningar, 58 beviljade).", Y2021, ref("61, 174, 187, 306"),
                        "Innovationsbokslut 2021, rad " + lines);
    }

    /** A proposal of Samordningsgruppen innovation, checked with koncernledningen and granted by IUU in 2021. */
    private void iuuProject(String key, String needTitle, OrganisationUnitId unit, String title, String description,
                            String strategyArea, InnovationType type, OrganisationUnitId testbed, String grantInto,
                            String lines) {
        NeedId need = ownedNeed(key, needTitle, null, NeedSource.STAFF, unit, unit, ref(lines));
        initiative(key)
                .fromNeed(need, title, description, unit, GENERIC_STAGE_GATE, ref(lines))
                .classify(strategyArea, null, type, List.of(), testbed, ref("83, " + lines))
                .role(InitiativeRole.FUNDER, null, iuu, ref("54, 111"))
                .advanceGenericTo(grantInto, nameOf(unit), IUU, "Förslag berett av Samordningsgruppen innovation"
                                + " och avstämt med Region Stockholms koncernledning; beviljat medel under 2021.", Y2021,
                        ref("54, 111"), "Innovationsbokslut 2021, rad 54", "Innovationsstrategin RS 2019-0672");
    }

    /** A project the bokslut lists as resulting in introduction during 2021. */
    private void implementation(String key, String needTitle, OrganisationUnitId unit, String title,
                                String description, InnovationType type, String owner, OrganisationUnitId inOperationAt,
                                String lines) {
        NeedId need = ownedNeed(key, needTitle, null, NeedSource.STAFF, unit, unit, ref(lines));
        initiative(key)
                .fromNeed(need, title, description, unit, GENERIC_STAGE_GATE, ref(lines))
                .classify(INTERNT, VARD, type, List.of(), null, ref("83, " + lines))
                .reconstructGenericTo("TEST", owner, "", Y2021, ref(lines))
                .decide("G5", GateOutcome.IMPLEMENT, owner, "Systematiskt genomfört innovationsprojekt som under 2021"
                        + " resulterat i införande.", Y2021, ref("219, " + lines))
                .implementedAt(inOperationAt, Y2021, ref("219, " + lines));
    }
}
