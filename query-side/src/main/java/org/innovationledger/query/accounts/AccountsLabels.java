package org.innovationledger.query.accounts;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/**
 * The documents' headings and labels in Swedish (the Stockholm document's own words), English and Danish. Numbers
 * are written the language's way with a fixed pattern, never the machine's locale, so a document is the same
 * wherever it is generated.
 */
final class AccountsLabels {

    private static final Map<String, String[]> TEXTS = Map.ofEntries(
            // sections, as in the Innovationsbokslut's table of contents
            entry("BACKGROUND_AND_SUMMARY", "Bakgrund och sammanfattning", "Background and summary",
                    "Baggrund og sammenfatning"),
            entry("INTEGRATED_INNOVATION", "Integrerad innovation", "Integrated innovation", "Integreret innovation"),
            entry("INTERNAL_DEVELOPMENT", "Internt utvecklingsarbete", "Internal development work",
                    "Intern udvikling"),
            entry("TEST_ENVIRONMENTS", "Fler och bättre testmiljöer", "More and better test environments",
                    "Flere og bedre testmiljøer"),
            entry("INNOVATION_AND_PROCUREMENT", "Innovation och inköp", "Innovation and procurement",
                    "Innovation og indkøb"),
            entry("COLLABORATION", "Regional, nationell och internationell samverkan",
                    "Regional, national and international collaboration",
                    "Regionalt, nationalt og internationalt samarbejde"),
            // sub-headings
            entry("indicators", "Systematisk innovationsförflyttning: beslutade indikatorer",
                    "Systematic innovation: the decided indicators", "Systematisk innovation: de besluttede indikatorer"),
            entry("headlines", "Året i siffror", "The year in figures", "Året i tal"),
            entry("ip", "Immateriella rättigheter", "Intellectual property", "Immaterielle rettigheder"),
            entry("fund", "Innovationsfonden", "The innovation fund", "Innovationsfonden"),
            entry("fundProjects", "Innovationsfondprojekt", "Innovation fund projects", "Innovationsfondsprojekter"),
            entry("otherProjects", "Andra innovationsprojekt under året", "Other innovation projects of the year",
                    "Andre innovationsprojekter i året"),
            entry("series", "Ansökningar och beviljade projekt per år", "Applications and granted projects per year",
                    "Ansøgninger og bevilgede projekter pr. år"),
            entry("pilots", "Piloter", "Pilots", "Piloter"),
            entry("procurementAgreements", "Innovationspartnerskap", "Innovation partnerships",
                    "Innovationspartnerskaber"),
            entry("partnerOffers", "En väg in: initiativ från företag och andra aktörer",
                    "A single entry: initiatives from companies and others",
                    "Én indgang: initiativer fra virksomheder og andre"),
            entry("agreementsInForce", "Avtal i kraft under året", "Agreements in force during the year",
                    "Aftaler i kraft i året"),
            entry("notRecorded", "Inte registrerat i Innovation Ledger", "Not recorded in Innovation Ledger",
                    "Ikke registreret i Innovation Ledger"),
            entry("narrative", "Text", "Text", "Tekst"),
            // figures
            entry("initiativesInYear", "Innovationsprojekt med aktivitet under året", "Innovation projects active in the year",
                    "Innovationsprojekter med aktivitet i året"),
            entry("fundProjectsGranted", "Innovationsprojekt finansierade av innovationsfonden under året",
                    "Innovation projects funded by the innovation fund in the year",
                    "Innovationsprojekter finansieret af innovationsfonden i året"),
            entry("fundGranted", "Beviljat av innovationsfonden", "Granted by the innovation fund",
                    "Bevilget af innovationsfonden"),
            entry("fundCalls", "Utlysningar under året", "Calls in the year", "Opslag i året"),
            entry("fundBudget", "Utlysningarnas budget", "The calls' budget", "Opslagenes budget"),
            entry("applicationsSinceStart", "Ansökningar sedan", "Applications since", "Ansøgninger siden"),
            entry("grantedSinceStart", "varav beviljade", "of which granted", "heraf bevilget"),
            entry("implemented", "Införda i ordinarie verksamhet under året", "Implemented in everyday operation in the year",
                    "Implementeret i drift i året"),
            entry("gateDecisions", "Beslut vid beslutspunkter under året", "Gate decisions in the year",
                    "Beslutninger ved beslutningspunkter i året"),
            entry("byStrategyArea", "Per strategiområde", "By strategy area", "Pr. strategiområde"),
            entry("byCoreArea", "Per kärnområde", "By core area", "Pr. kerneområde"),
            entry("byInnovationType", "Per typ av innovation", "By type of innovation", "Pr. innovationstype"),
            entry("byPhase", "Per fas", "By phase", "Pr. fase"),
            entry("byOutcome", "Beslut per utfall", "Decisions by outcome", "Beslutninger pr. udfald"),
            entry("implementedList", "Införda", "Implemented", "Implementeret"),
            entry("spreadList", "Spridda", "Spread", "Spredt"),
            entry("published", "Kommunikation: publicerade resultat och utmärkelser",
                    "Communication: results published and awards", "Kommunikation: offentliggjorte resultater og priser"),
            entry("agreementsWithIpTerms", "Avtal i kraft med villkor om immateriella rättigheter",
                    "Agreements in force with intellectual-property terms",
                    "Aftaler i kraft med vilkår om immaterielle rettigheder"),
            entry("byResultOwnership", "Avtal i kraft per ägande av resultat", "Agreements in force by result ownership",
                    "Aftaler i kraft pr. ejerskab af resultater"),
            entry("call", "Utlysning", "Call", "Opslag"),
            entry("budget", "Budget", "Budget", "Budget"),
            entry("applications", "Ansökningar", "Applications", "Ansøgninger"),
            entry("granted", "Beviljade", "Granted", "Bevilget"),
            entry("rejected", "Avslagna", "Rejected", "Afslået"),
            entry("grantRate", "Beviljandegrad", "Grant rate", "Bevillingsgrad"),
            entry("grantedAmount", "Beviljat belopp", "Amount granted", "Bevilget beløb"),
            entry("total", "Totalt", "Total", "I alt"),
            entry("applicationsByKind", "Ansökningar per slag", "Applications by kind", "Ansøgninger pr. type"),
            entry("grantsByKind", "Beviljade per slag", "Grants by kind", "Bevillinger pr. type"),
            entry("year", "År", "Year", "År"),
            entry("title", "Titel", "Title", "Titel"),
            entry("unit", "Enhet", "Unit", "Enhed"),
            entry("strategyArea", "Strategiområde", "Strategy area", "Strategiområde"),
            entry("phase", "Fas", "Phase", "Fase"),
            entry("date", "Datum", "Date", "Dato"),
            entry("note", "Anmärkning", "Note", "Bemærkning"),
            entry("testbeds", "Testmiljöer", "Test environments", "Testmiljøer"),
            entry("testbed", "Testmiljö", "Test environment", "Testmiljø"),
            entry("establishedOn", "Inrättad", "Established", "Etableret"),
            entry("initiatives", "Initiativ", "Initiatives", "Initiativer"),
            entry("pilotsStarted", "Piloter startade under året", "Pilots started in the year", "Piloter startet i året"),
            entry("pilotsCompleted", "Piloter avslutade under året", "Pilots completed in the year",
                    "Piloter afsluttet i året"),
            entry("testbedAgreementsInForce", "Testbäddsavtal i kraft", "Testbed agreements in force",
                    "Testaftaler i kraft"),
            entry("needsIdentified", "Behov registrerade under året", "Needs recorded in the year",
                    "Behov registreret i året"),
            entry("needsBySource", "Behov per källa", "Needs by source", "Behov pr. kilde"),
            entry("partners", "Partnerorganisationer med avtal i kraft", "Partner organisations with agreements in force",
                    "Partnerorganisationer med aftaler i kraft"),
            entry("partnersByKind", "Per slag av organisation", "By kind of organisation", "Pr. organisationstype"),
            entry("partnersByCountry", "Per land", "By country", "Pr. land"),
            entry("agreementsByType", "Avtal per typ", "Agreements by type", "Aftaler pr. type"),
            entry("partnersNamedOnInitiatives", "Partner som initiativen namnger (utan registrerad organisation)",
                    "Partners the initiatives name (no registered organisation)",
                    "Partnere som initiativerne nævner (uden registreret organisation)"),
            entry("agreement", "Avtal", "Agreement", "Aftale"),
            entry("type", "Typ", "Type", "Type"),
            entry("partiesPartners", "Partner", "Partners", "Partnere"),
            entry("validity", "Giltighet", "Validity", "Gyldighed"),
            entry("status", "Status", "Status", "Status"),
            entry("indicator", "Indikator", "Indicator", "Indikator"),
            entry("population", "Population", "Population", "Population"),
            entry("responses", "Svar", "Responses", "Svar"),
            entry("responseRate", "Svarsfrekvens", "Response rate", "Svarprocent"),
            entry("share", "Andel", "Share", "Andel"),
            entry("mean", "Medelvärde", "Mean", "Gennemsnit"),
            entry("atOrAbove", "Enheter över nivån", "Units above the level", "Enheder over niveauet"),
            entry("level", "Nivå", "Level", "Niveau"),
            entry("units", "Enheter", "Units", "Enheder"),
            entry("sum", "Summa", "Sum", "Sum"),
            entry("changeFrom", "Förändring från", "Change from", "Ændring fra"),
            entry("percentagePoints", "procentenheter", "percentage points", "procentpoint"),
            entry("of", "av", "of", "af"),
            entry("none", "Inga under året.", "None in the year.", "Ingen i året."),
            entry("position", "Byggd på händelserna till och med global position",
                    "Built from the events up to and including global position",
                    "Bygget på hændelserne til og med global position"),
            entry("preview", "Förhandsvisning, inte en publicerad utgåva", "Preview, not a published edition",
                    "Forhåndsvisning, ikke en offentliggjort udgave"),
            entry("edition", "Utgåva", "Edition", "Udgave"),
            entry("publishedBy", "publicerad av", "published by", "offentliggjort af"),
            entry("reason", "Skäl", "Reason", "Begrundelse"),
            entry("colophon", "Innovationsbokslutet är beräknat ur Innovation Ledgers händelser: varje siffra kan"
                            + " spåras till de beslut och rapporter som ligger bakom den.",
                    "The innovation accounts are computed from Innovation Ledger's events: every figure can be traced"
                            + " to the decisions and reports behind it.",
                    "Innovationsregnskabet er beregnet ud fra Innovation Ledgers hændelser: hvert tal kan spores til"
                            + " de beslutninger og rapporter, der ligger bag det."),
            // what the ledger does not record
            entry("TRAINING_PARTICIPANTS", "Deltagare i årets innovationskurser", "Participants in the year's"
                    + " innovation courses", "Deltagere i årets innovationskurser"),
            entry("COMMUNICATION_EVENTS", "Kommunikationsinsatser och evenemang", "Communication and events",
                    "Kommunikationsindsatser og arrangementer"),
            entry("NETWORK_MEMBERSHIP", "Innovationsnätverkets medlemmar och möten", "The innovation network's"
                    + " members and meetings", "Innovationsnetværkets medlemmer og møder"),
            entry("IP_GUIDELINES", "Riktlinjer och mallar för immateriella rättigheter", "Guidelines and templates for"
                    + " intellectual property", "Retningslinjer og skabeloner for immaterielle rettigheder"),
            entry("SINGLE_ENTRY_RESPONSE_TIME", "En väg in: svarstid i arbetsdagar", "A single entry: response time"
                    + " in working days", "Én indgang: svartid i arbejdsdage"),
            entry("APP_DOWNLOADS", "Nedladdningar av invånartjänster", "Downloads of residents' services",
                    "Downloads af borgerrettede tjenester"),
            entry("PARTNER_LEVEL", "Om en partner är regional eller nationell (landet registreras)", "Whether a"
                    + " partner is regional or national (the country is recorded)", "Om en partner er regional"
                    + " eller national (landet registreres)"));

    private final int index;
    final String language;
    private final DecimalFormat decimals;
    private final DecimalFormat whole;

    private AccountsLabels(String language, int index) {
        this.language = language;
        this.index = index;
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setDecimalSeparator("en".equals(language) ? '.' : ',');
        symbols.setGroupingSeparator("en".equals(language) ? ',' : "da".equals(language) ? '.' : ' ');
        decimals = new DecimalFormat("#,##0.0##", symbols);
        decimals.setRoundingMode(java.math.RoundingMode.HALF_UP);
        whole = new DecimalFormat("#,##0", symbols);
    }

    static AccountsLabels of(String language) {
        return switch (language == null ? "sv" : language) {
            case "en" -> new AccountsLabels("en", 1);
            case "da" -> new AccountsLabels("da", 2);
            default -> new AccountsLabels("sv", 0);
        };
    }

    String text(String key) {
        String[] texts = TEXTS.get(key);
        return texts == null ? key : texts[index];
    }

    /** A decimal the language's way: 2,6 in Swedish and Danish, 2.6 in English; whole numbers without decimals. */
    String number(BigDecimal value) {
        if (value == null) {
            return "-";
        }
        return value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0 ? whole.format(value)
                : decimals.format(value);
    }

    String number(long value) {
        return whole.format(value);
    }

    String percent(BigDecimal value) {
        return value == null ? "-" : number(value) + " %";
    }

    private static Map.Entry<String, String[]> entry(String key, String sv, String en, String da) {
        return Map.entry(key, new String[]{sv, en, da});
    }
}
