package org.innovationledger.app.demo;

import org.innovationledger.kernel.initiative.BarrierCategory;
import org.innovationledger.kernel.initiative.InnovationType;
import org.innovationledger.kernel.initiative.SystemLevel;
import org.innovationledger.kernel.mission.DefineMission;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.mission.PrioritiseProgrammeAreas;
import org.innovationledger.kernel.need.LinkNeedToInitiative;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.need.NeedSource;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import java.util.List;

import static org.innovationledger.kernel.organisation.OrganisationUnitKind.REGION;
import static org.innovationledger.kernel.process.BuiltInProcessModels.GENERIC_STAGE_GATE;

/**
 * Region Hovedstaden's three innovation missions, from {@code shared/seeds/hovedstaden-innovationsmissioner.da.txt}
 * ("linje" = line of that file), in the source's Danish.
 * <p>
 * What the source gives and what it does not:
 * <ul>
 *   <li>Each mission's title, ambition ("Ambitionen") and today's challenge ("Udfordringen i dag") are the source's
 *   text. The second mission is titled "En bæredygtig og attraktiv arbejdsplads" on its own pages (linje 53-55,
 *   168-174) and "Et bæredygtigt og attraktiv sundhedsvæsen" in the table of contents (linje 32): the demo uses the
 *   pages' title and records no rename, since the source does not say one replaced the other.</li>
 *   <li>The source names no prioritised programme areas yet: they are to be identified continuously under each
 *   mission (linje 382-384). What it does name per mission is the areas to explore ("Områder, der skal afsøges",
 *   "Kapacitetsopbygning, for at lykkes"); those are recorded as the mission's programme areas, in the source's
 *   order, which is not a ranking.</li>
 *   <li>The initiatives are existing efforts the missions build on ("Ressourcer, der bygges videre på"), each
 *   linked to the missions that list it; BETAHealth is listed under two. The source names no hospitals, owners,
 *   phases, decisions or dates for them: the region owns them, they stay in the generic model's first phase, and
 *   they come from the needs the missions describe. Innovation types only where the name says what it is.</li>
 *   <li>The personas of the mission stories ("Hvorfor en missionsfortælling") are left out.</li>
 * </ul>
 */
final class HovedstadenDemo extends DemoRegion {

    static final String TENANT = "region-hovedstaden";
    private static final String DOC = "Region Hovedstaden: Innovationsmissioner – En fælles retning for innovation,"
            + " linje ";

    HovedstadenDemo() {
        super(TENANT, "hovedstaden", "Demo: Region Hovedstaden, Innovationsmissioner – En fælles retning for"
                + " innovation");
    }

    private static String ref(String lines) {
        return DOC + lines;
    }

    @Override
    void load() {
        OrganisationUnitId region = unit("region", "Region Hovedstaden", REGION, null, null, ref("3-7"));

        // ---- the three missions ----
        MissionId sundhed = mission(1, "Sundhed, hvor du er – Mere liv, mindre sygdom", """
                Borgeren oplever et sundhedsvæsen, der er nært, tilgængeligt og smidigt. Hvor sundhedsvæsenet \
                tilbyder den rette støtte, viden og patientrettede forebyggelse, så borgeren kan leve sit liv så \
                upåvirket som muligt trods (kronisk) sygdom og specialiserede behandlingsbehov. Der er implementeret \
                multidevice-løsninger og organisatoriske arbejdsgange, som sikrer, at hjemmebehandling er naturligt, \
                nemt og faglig sikkert.

                Innovation bidrager til, at der gennem en eksperimenterende tilgang udvikles borgernære digitale \
                løsninger samt nye serviceydelser og organiseringsformer. Borgeren, og borgerens omgivelser, er ikke \
                længere en passiv modtager af sundhedsydelser, men er aktivt med til at forme fremtiden for sundhed, \
                hvor forebyggelse fylder mere end behandling. Tilsammen et sundhedsvæsen tættere på borgeren, der \
                fylder så lidt som muligt.""", """
                Borgeren skal i dag ofte fysisk ind til sundhedsvæsnets for undersøgelser, kontrol og behandling. For \
                borgere i både ambulante og indlagte forløb gælder det, at der ikke er gode nok muligheder for, at \
                sundhedsvæsnets tilpasser sig borgerens liv, frem for at borgeren tilpasser sig sundhedsvæsnets \
                fysiske og organisatoriske rammer.

                Desuden er der geografiske forskelle i sundhedsvæsnets tilbud, der bidrager til ulige sundhedstilbud \
                tæt på borgeren.

                Der mangler viden, kompetencer og tværsektorielle arbejdsgange til anvendelse af digitalisering og \
                teknologi. Ligeledes deles viden om multisyggepatienter ikke naturligt på tværs af specialer. Det \
                skaber tilsammen udfordringer for et sammenhængende patientforløb, hvor koordineret behandlingstilbud \
                tæt på patientens liv er i fokus.

                Distancen til sundhedsvæsnets understøtter desuden ikke forebyggelse og tidlig opsporing i høj nok \
                grad. Mange kronikere lever i dag et liv, hvor de er afhængige af faste kontrolforløb og \
                prøvetagninger på hospitalet.

                Når sundhedsvæsnets fastholder patientrollen, aktiveres borgeren ikke nok i eget forløb. Borgere skal \
                i højere grad motiveres til at mestre egen sygdom med involvering af pårørende, det omgivende samfund \
                og teknologiske muligheder.""", "47-49, 63-106");
        prioritise(sundhed, List.of(
                "Patientnære (multi)løsninger til monitorering og prøvetagning udført af patienten selv",
                "Data samlet på tværs af hospitaler og sektorer for et holistisk syn på borgeren",
                "Nye økonomimodeller med økonomiske incitamenter til løsninger på tværs af sektorer",
                "Kompetencer og organisatorisk understøttelse for borgere i hjemmet, særligt ved multisygdom",
                "Monitorering, så forværringer kan behandles i opløbet, hvor borgeren er",
                "Device-udvikling og -indkøb, fx multi-device til brug i hjemmet"), "129-138, 382-384");

        MissionId arbejdsplads = mission(2, "En bæredygtig og attraktiv arbejdsplads", """
                En bæredygtig og attraktiv arbejdsplads, hvor unødvendig diagnostik og behandling er afviklet, og hvor \
                ressourcer og kapacitet udnyttes bedst muligt. Missionen driver den indre transformation af \
                sundhedsvæsenet for at gøre organisationen mere robust og bæredygtig for de aktiviteter, klinikken \
                oplever hver dag. Kapacitet og teknologi udnyttes maksimalt, så der frigøres tid til kerneopgaver. Ved \
                at implementere teknologi som en samarbejdspartner og til beslutningsstøtte øges effektiv \
                prioritering, og risiko mindskes.

                Der er et stærkt fokus på medarbejdernes mentale trivsel, kompetenceudvikling og fleksibilitet, ført \
                an af nærværende og modige ledere. Et sundhedsvæsen, hvor personalet har tid og overskud til arbejdet \
                med patienter og kollegaer - i en hverdag, der giver mening.""", """
                Et betydeligt antal konsultationer, undersøgelser og ambulatoriebesøg skaber ikke værdi for patienten \
                – og nogle vurderes endda som skadelige.

                Derudover løser sundhedspersonalet i dag mange opgaver, der ikke opleves som meningsfulde, såsom \
                registreringer og dobbeltdokumentation. Analog arbejdsgange understøttes af digitale løsninger, i \
                stedet for, at nye arbejdsgange udvikles med udgangspunkt i automatiserede og digitale muligheder, der \
                frigiver klinikeres tid til faglige opgaver.

                Samtidig udfordres arbejdsmiljø, kvalitet og fastholdelse af medarbejdere af mistro og stress. \
                Medarbejdere skal koordinere komplekse forløb på tværs, men mangler digitale værktøjer til \
                prioritering og nye organisatoriske modeller for samarbejde.

                Klinikkens uforudsigelighed i forhold til arbejdspress trækker ressourcer fra udvikling, tilpasning og \
                implementering af organisatoriske og tekniske løsninger, der sikrer, at ressourcerne anvendes optimalt \
                i klinikken og understøtter et fleksibelt og robust sundhedsvæsen.

                Uden arbejdsgange og teknologi, der understøtter digitale patientforløb, hvor det er relevant, \
                udnyttes borgerens egne ressourcer ikke i høj nok grad. De digitalt kompetente borgeren skal med \
                moderne arbejdsgange og teknologi understøttes i medbestemmelse og mestring af eget \
                sygdomsforløb.""", "53-55, 168-201");
        prioritise(arbejdsplads, List.of(
                "Afvikling – fjern det unødige",
                "Øget anvendelse af digitale værktøjer i patientforløbene",
                "Medmenneskeligt sundhedsvæsen (arbejdsplads)",
                "Maksimal udnyttelse af eksisterende kapacitet og teknologi som frigørende ressource"),
                "218-225, 382-384");

        MissionId syg = mission(3, "Når du bliver syg – Personlig diagnostik og medicin", """
                Der er udviklet og udbredt nye, effektive behandlinger – både til de mange og de få. Personlig \
                medicin, understøttet af avanceret teknologi, sikrer, at hver patient får den behandling, der virker \
                bedst, med færre bivirkninger og kortere forløb. Vejen fra symptom til diagnose og behandling er \
                hurtigere, mere præcis og baseret på stærk, fælles beslutningstagning.

                Forskning i personlig medicin er behovsdrivet og peger direkte ind i fremtidens behandlinger. Med \
                genetiske profiler, biomarkører og avancerede analyser kan sygdom forudsiges og forværring forebygges \
                med en målrettet indsats – også for patienter med sjældne sygdomme. Det styrker både kvaliteten af \
                behandlingen og lighed i sundhed.

                Danmark har unikke data-, teknologi- og forskningsmiljøer. De anvendes til at udvikle og afprøve nye \
                behandlinger og teknologier, understøttet af tidstro data og værdibaserede afprøvninger. En integreret \
                infrastruktur på tværs af fagligheder og sektorer sikrer hurtig omsætning af forskning til reel værdi \
                for patienter og samfund – så alle får lige adgang til den bedste og mest personlige \
                behandling.""", """
                Patienter får stadig behandlinger, der virker for de fleste – ikke nødvendigvis for dem. Manglende \
                fremdrift i personlig medicin medfører længere forløb, flere bivirkninger og ulighed i kvaliteten. \
                Personlig medicin viser allerede sit potentiale, f.eks. i genterapier, men anvendes kun i små \
                nicheområder. Produktion på ordre, kompleks logistik og manglende skalerbarhed forhindrer, at disse \
                banebrydende behandlinger kommer langt flere patienter til gavn.

                Patienterne har behov for: mere præcis diagnostik og skræddersyet behandling baseret på genetiske \
                profiler, biomarkører og viden om effekt og bivirkninger; personlig tilpasning af behandlingsforløb, \
                der tager højde for både sygdom, livssituation og evnen til at mestre egen behandling; behandling \
                tættere på hverdagslivet, uden at gå på kompromis med kvaliteten.

                Sundhedsvæsenet står samtidig over for strukturelle barrierer: fragmenterede data, manglende \
                integration af digitale løsninger og utilstrækkelig digital governance betyder, at teknologier til \
                personlig medicin ikke skaleres, men forbliver piloter; investeringer i teknologi og infrastruktur til \
                avanceret diagnostik er utilstrækkelige; fagmiljøernes digitale kompetencer varierer, og \
                patientkommunikation sker tilfældigt og uden fælles strategi.

                Sundhedsvæsenet kan derfor ikke fuldt ud levere “den rette behandling til den rette patient – sikkert, \
                nemt og i rette tid”. For at realisere personlig medicin i bred skala og gå fra forskning til \
                innovation i praksis kræves et stærkere datafundament, skalerbare produktions- og logistikløsninger, \
                systematisk implementeringskraft og bedre sammenhæng på tværs af sektorer.""", "59-61, 251-300");
        prioritise(syg, List.of(
                "Personlig medicin integreret i faglige retningslinjer og standardiserede kliniske arbejdsgange",
                "Digitale kompetencer i klinikken og i implementeringen af nye løsninger",
                "Metoder og praksis for hurtig, evidensbaseret ibrugtagning af ny diagnostik og behandling",
                "Medicinleverancer og behandlingsinfrastruktur tættere på patientens hverdag"), "322-334, 382-384");

        // ---- needs the missions describe ----
        NeedId hvorDuEr = ownedNeed("sundhed-hvor-du-er", "Undersøgelse, kontrol og behandling, hvor borgeren er",
                "Borgeren skal i dag ofte fysisk ind til sundhedsvæsenet for undersøgelser, kontrol og behandling;"
                        + " mange kronikere er afhængige af faste kontrolforløb og prøvetagninger på hospitalet.",
                NeedSource.PATIENT, region, region, ref("94, 104"));
        NeedId afvikling = ownedNeed("unoedvendig-aktivitet", "Afvikling af konsultationer, undersøgelser og"
                        + " ambulatoriebesøg, der ikke skaber værdi for patienten", "Et betydeligt antal skaber ikke"
                        + " værdi for patienten – og nogle vurderes endda som skadelige.", NeedSource.STAFF, region,
                region, ref("191"));
        NeedId praecis = ownedNeed("praecis-diagnostik", "Mere præcis diagnostik og skræddersyet behandling",
                "Baseret på genetiske profiler, biomarkører og viden om effekt og bivirkninger.", NeedSource.PATIENT,
                region, region, ref("287-289"));

        // ---- existing efforts the missions build on ("Ressourcer, der bygges videre på") ----
        resource("remote-mr", hvorDuEr, "Remote MR", "Samarbejde mellem hospitaler om patienter, fx Remote MR.",
                InnovationType.SERVICE, List.of(sundhed), region, "116-119");
        resource("hjemmebehandlinger", hvorDuEr, "Hjemmebehandlinger", "Hjemmeindlæggelser i SP, IV-behandling i"
                        + " eget hjem, hjemme-kemo og hjemme-dialyse.", InnovationType.SERVICE, List.of(sundhed), region,
                "116, 124");
        resource("telesundhed", hvorDuEr, "Nationale telesundhedsprogrammer (KOL, SÅR, HJERTE)", null,
                InnovationType.SERVICE, List.of(sundhed), region, "116, 123");
        resource("digital-phenotyping", hvorDuEr, "CAG: DTU Healthtech/NOH Digital Phenotyping for Home-based"
                + " Treatment and Care", null, null, List.of(sundhed), region, "116, 126");
        // listed under mission 1 ("BETAHealth", linje 122) and mission 3 ("BETA-Health", linje 317)
        InitiativeScript betaHealth = resource("betahealth", hvorDuEr, "BETAHealth", "Indgår i ressourcerne for"
                + " både \"Sundhed, hvor du er\" og \"Når du bliver syg\".", null, List.of(sundhed, syg), region,
                "122, 317");
        commands().send(new LinkNeedToInitiative(praecis, betaHealth.id(), null), ref("287-289, 317"));
        resource("fremtidens-ambulatorium", afvikling, "Fremtidens ambulatorium", "Også nævnt som mulig"
                        + " organisatorisk model for programmet for prioriterede indsatser.", InnovationType.ORGANISATION,
                List.of(arbejdsplads), region, "209-213, 384");
        resource("vaelg-klogt", afvikling, "Vælg Klogt", null, InnovationType.METHOD, List.of(arbejdsplads), region,
                "209-211");
        resource("atmp", praecis, "Regionens ATMP-ambition", null, null, List.of(syg), region, "308-320")
                .barrier("b-data", BarrierCategory.DATA, SystemLevel.ORGANISATION, "Fragmenterede data, manglende"
                        + " integration af digitale løsninger og utilstrækkelig digital governance betyder, at"
                        + " teknologier til personlig medicin ikke skaleres, men forbliver piloter.", ref("294-296"))
                .barrier("b-investering", BarrierCategory.EKONOMI, SystemLevel.ORGANISATION, "Investeringer i"
                        + " teknologi og infrastruktur til avanceret diagnostik er utilstrækkelige.", ref("297"));
    }

    private MissionId mission(int number, String title, String ambition, String challenge, String lines) {
        MissionId id = MissionId.of("mission-demo-hovedstaden-" + number);
        commands().story("hovedstaden-mission-" + number);
        commands().send(new DefineMission(id, title, ambition, challenge), ref(lines));
        return id;
    }

    private void prioritise(MissionId mission, List<String> areas, String lines) {
        commands().send(new PrioritiseProgrammeAreas(mission, areas, null), ref(lines));
    }

    private InitiativeScript resource(String key, NeedId need, String title, String description, InnovationType type,
                                      List<MissionId> missions, OrganisationUnitId owner, String lines) {
        return initiative(key)
                .fromNeed(need, title, description, owner, GENERIC_STAGE_GATE, ref(lines))
                .classify(null, null, type, missions, null, ref(lines));
    }
}
