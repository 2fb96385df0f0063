package org.innovationledger.query.accounts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.innovationledger.kernel.accounts.AccountsSection;
import org.innovationledger.kernel.accounts.InnovationAccounts;
import org.innovationledger.kernel.accounts.InnovationAccountsEditionId;
import org.innovationledger.kernel.accounts.InnovationAccountsEditionView;
import org.innovationledger.kernel.accounts.NarrativeText;
import org.innovationledger.kernel.initiative.InitiativeOrigin;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.query.accounts.StockholmHistory.STOCKHOLM;

/**
 * The accounts of {@link StockholmHistory} rendered in every format: the figures the fold gives (18 of 23 = 78 %,
 * mean 2.6, 1 500 000 SEK granted in the year, 4 of 7 = 57.1 %) appear in each, written the language's way, and
 * the same accounts always give the same bytes.
 */
class AccountsDocumentsTest {

    private static final Instant PUBLISHED_AT = Instant.parse("2022-03-01T10:15:30Z");

    private static StockholmHistory history;
    private static InnovationAccounts preview;
    private static InnovationAccounts edition;

    @BeforeAll
    static void fold() {
        history = new StockholmHistory();
        preview = Ledger.fold(history.events(), STOCKHOLM, 2021);
        long position = history.ledger.last();
        InnovationAccountsEditionView view = new InnovationAccountsEditionView(
                InnovationAccountsEditionId.of("accounts-2021-1"), STOCKHOLM, 2021, 1, "Innovationsbokslut 2021", "sv",
                List.of(new NarrativeText(AccountsSection.BACKGROUND_AND_SUMMARY,
                        "Region Stockholms innovationsstrategi gäller 2019–2022.\n\nTvå indikatorer följs upp.")),
                position, PUBLISHED_AT, "Anna Andersson", "STRATEGIST", "Beslutat i regionstyrelsen", "RS 2022-0123",
                "0".repeat(64));
        edition = Ledger.fold(history.events(), STOCKHOLM, 2021, view);
    }

    private static String text(AccountsFormat format, String language) {
        return new String(AccountsDocuments.render(preview, format, language), StandardCharsets.UTF_8);
    }

    // ---- JSON ----

    @Test
    void theJsonParsesBackToTheSameAccountsAndCarriesThePosition() throws Exception {
        byte[] json = AccountsDocuments.render(preview, AccountsFormat.JSON, "sv");
        ObjectMapper reader = JsonMapper.builder().addModule(new JavaTimeModule())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

        JsonNode tree = reader.readTree(json);
        assertThat(tree.get("position").asLong()).isEqualTo(history.ledger.last());
        assertThat(tree.get("regionName").asText()).isEqualTo("Region Stockholm");
        assertThat(tree.get("year").asInt()).isEqualTo(2021);
        assertThat(tree.at("/summary/fundGranted/amount").decimalValue()).isEqualByComparingTo("1500000");
        assertThat(new String(json, StandardCharsets.UTF_8)).as("amounts plain, never 1.5E+6")
                .contains("\"amount\" : 1500000.00,");
        assertThat(tree.at("/summary/indicators/0/share/share").decimalValue()).isEqualTo(new BigDecimal("78.3"));
        assertThat(tree.at("/summary/indicators/1/scale/mean").decimalValue()).isEqualTo(new BigDecimal("2.6"));
        assertThat(tree.at("/internalDevelopment/grantRate").decimalValue()).isEqualTo(new BigDecimal("57.1"));
        assertThat(tree.at("/collaboration/agreementsInForce/1/validUntil").asText()).isEqualTo("2024-01-31");

        assertThat(reader.readValue(json, InnovationAccounts.class)).isEqualTo(preview);
        assertThat(reader.readValue(AccountsDocuments.json(edition), InnovationAccounts.class)).isEqualTo(edition);
    }

    // ---- XHTML ----

    private static Document xml(String xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
    }

    @Test
    void theSwedishXhtmlIsWellFormedAndWritesTheFiguresTheSwedishWay() throws Exception {
        String html = text(AccountsFormat.HTML, "sv");
        Document document = xml(html);

        assertThat(document.getDocumentElement().getAttribute("lang")).isEqualTo("sv");
        assertThat(document.getElementsByTagName("h2").getLength()).as("six sections and what is not recorded")
                .isEqualTo(7);
        assertThat(document.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Innovationsbokslut 2021 \u2013 Region Stockholm");
        assertThat(html)
                .contains("Förhandsvisning, inte en publicerad utgåva")
                .contains("Byggd på händelserna till och med global position " + history.ledger.last() + ".")
                .contains("78 % av 23 (18 av 23; 78,3 %)")
                .contains(row("Medelvärde", "2,6"))
                .contains(row("Enheter över nivån &gt; 2", "20 av 23"))
                .contains(row("Förändring från 2020", "+13,1 procentenheter (65,2 % \u2192 78,3 %)"))
                .contains(row("Beviljat av innovationsfonden", "1 500 000 SEK"))
                .contains(row("Innovationsprojekt finansierade av innovationsfonden under året", "4"))
                .contains(row("Utlysningarnas budget", "8 000 000 SEK"))
                .contains(row("Ansökningar sedan 2020", "10"))
                .contains(row("varav beviljade", "6"))
                .contains("<td class=\"n\">57,1 %</td>")
                .contains("<td class=\"n\">66,7 %</td>")
                .contains("<td>Sömn Startup AB</td>");
    }

    private static String row(String label, String value) {
        return "<tr><th scope=\"row\">" + label + "</th><td class=\"n\">" + value + "</td></tr>";
    }

    @Test
    void theEnglishXhtmlWritesTheFiguresTheEnglishWay() throws Exception {
        String html = text(AccountsFormat.HTML, "en");
        assertThat(xml(html).getDocumentElement().getAttribute("lang")).isEqualTo("en");
        assertThat(html)
                .contains("78 % of 23 (18 of 23; 78.3 %)")
                .contains(row("Mean", "2.6"))
                .contains(row("Granted by the innovation fund", "1,500,000 SEK"))
                .contains("<td class=\"n\">57.1 %</td>")
                .doesNotContain("2,6");
        assertThat(text(AccountsFormat.HTML, "da")).contains(row("Gennemsnit", "2,6"))
                .contains(row("Bevilget af innovationsfonden", "1.500.000 SEK"));
    }

    @Test
    void textOfTheRecordsIsEscapedSoTheXhtmlStaysWellFormed() throws Exception {
        Ledger l = new Ledger(0);
        l.on("2021-03-01");
        l.add(Ledger.unit("unit-x", STOCKHOLM, "Region <Stockholm> & \"Gotland\"",
                OrganisationUnitKind.REGION, null));
        l.add(Ledger.initiative("ini-x", STOCKHOLM, "A < B & 'C' \u0007", "unit-x", InitiativeOrigin.PARTNER_OFFER,
                "</td></tr><script>x</script>"));
        InnovationAccounts accounts = Ledger.fold(l.events(), STOCKHOLM, 2021);

        String html = AccountsHtml.render(accounts, "sv");
        Document document = xml(html);
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(html).contains("Region &lt;Stockholm&gt; &amp; &quot;Gotland&quot;")
                .contains("A &lt; B &amp; &#39;C&#39; ").doesNotContain("\u0007");
    }

    // ---- CSV ----

    /** The cells of RFC 4180 CSV with CRLF line ends, quotes doubled inside quoted cells. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertThat(cell).as("the last line ends with CRLF").isEmpty();
        return rows;
    }

    @Test
    void theCsvHasARowPerFigureInMachineReadableForm() {
        String csv = text(AccountsFormat.CSV, "sv");
        List<List<String>> rows = parse(csv);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(5));
        assertThat(rows.get(0)).containsExactly("section", "figure", "label", "value", "unit");
        String wording = StockholmHistory.METHODS_WORDING;
        String maturity = "Innovationsgrad/Innovationsmognad";
        assertThat(rows).contains(
                List.of("META", "region", "", "Region Stockholm", ""),
                List.of("META", "position", "", String.valueOf(history.ledger.last()), ""),
                List.of("BACKGROUND_AND_SUMMARY", "initiativesInYear", "", "4", ""),
                List.of("BACKGROUND_AND_SUMMARY", "fundProjectsGranted", "", "4", ""),
                List.of("BACKGROUND_AND_SUMMARY", "fundGranted", "", "1500000.00", "SEK"),
                List.of("BACKGROUND_AND_SUMMARY", "fundBudget", "", "8000000.00", "SEK"),
                List.of("BACKGROUND_AND_SUMMARY", "applicationsSinceStart", "2020", "10", ""),
                List.of("BACKGROUND_AND_SUMMARY", "grantedSinceStart", "2020", "6", ""),
                List.of("BACKGROUND_AND_SUMMARY", "implemented", "", "1", ""),
                List.of("BACKGROUND_AND_SUMMARY", "indicator.yes", wording, "18", ""),
                List.of("BACKGROUND_AND_SUMMARY", "indicator.share", wording, "78.3", "%"),
                List.of("BACKGROUND_AND_SUMMARY", "indicator.shareRounded", wording, "78", "%"),
                List.of("BACKGROUND_AND_SUMMARY", "indicator.change.share", wording + " | 2020", "13.1", "pp"),
                List.of("BACKGROUND_AND_SUMMARY", "indicator.mean", maturity, "2.6", ""),
                List.of("BACKGROUND_AND_SUMMARY", "indicator.meetingThreshold", maturity + " > 2", "20", ""),
                List.of("BACKGROUND_AND_SUMMARY", "indicator.level", maturity + " | 2", "15", ""),
                List.of("INTEGRATED_INNOVATION", "byStrategyArea", "Digital vård", "2", ""),
                List.of("INTEGRATED_INNOVATION", "gateDecisions", "", "3", ""),
                List.of("INTERNAL_DEVELOPMENT", "call.applications", "Innovationsfonden 2", "3", ""),
                List.of("INTERNAL_DEVELOPMENT", "call.grantRate", "Innovationsfonden 2", "66.7", "%"),
                List.of("INTERNAL_DEVELOPMENT", "call.grantedAmount", "Innovationsfonden 1", "750000.00", "SEK"),
                List.of("INTERNAL_DEVELOPMENT", "grantRate", "", "57.1", "%"),
                List.of("INTERNAL_DEVELOPMENT", "series.applications", "2021", "7", ""),
                List.of("INTERNAL_DEVELOPMENT", "fundProject", "Hemmonitorering steg 2", "2021-05-20",
                        "Stockholms läns sjukvårdsområde | Nära vård | Test | 500000.00 SEK"),
                List.of("TEST_ENVIRONMENTS", "testbed.initiatives", "Innovationskliniken", "2", ""),
                List.of("TEST_ENVIRONMENTS", "pilotsStarted", "", "2", ""),
                // the cell with a comma is quoted
                List.of("INNOVATION_AND_PROCUREMENT", "procurementAgreement", "Innovationspartnerskap sensorer",
                        "IN_FORCE", "INNOVATION_PARTNERSHIP_PROCUREMENT | Karolinska Institutet, Medtech AB"),
                List.of("INNOVATION_AND_PROCUREMENT", "needsIdentified", "", "3", ""),
                List.of("COLLABORATION", "partnersByCountry", "SE", "2", ""),
                List.of("COLLABORATION", "partnerNamedOnInitiative", "Sömn Startup AB", "", ""),
                List.of("NOT_RECORDED", "PARTNER_LEVEL", "", "", ""));
        assertThat(csv).contains("\"INNOVATION_PARTNERSHIP_PROCUREMENT | Karolinska Institutet, Medtech AB\"\r\n");
        assertThat(text(AccountsFormat.CSV, "en")).as("CSV does not depend on the language").isEqualTo(csv);
    }

    @Test
    void aCellWithACommaOrAQuoteIsQuotedAndALeadingFormulaCharacterNeutralised() {
        Ledger l = new Ledger(0);
        l.on("2021-03-01");
        l.add(Ledger.unit("unit-x", STOCKHOLM, "Region Stockholm",
                OrganisationUnitKind.REGION, null));
        l.add(Ledger.initiative("ini-x", STOCKHOLM, "=HYPERLINK(\"https://x.example\",\"klicka\"), nu", "unit-x",
                InitiativeOrigin.PARTNER_OFFER, "@Företag \"AB\""));
        String csv = new String(AccountsDocuments.render(Ledger.fold(l.events(), STOCKHOLM, 2021),
                AccountsFormat.CSV, "sv"), StandardCharsets.UTF_8);

        List<List<String>> rows = parse(csv);
        assertThat(rows).contains(
                List.of("INTERNAL_DEVELOPMENT", "otherProject", "'=HYPERLINK(\"https://x.example\",\"klicka\"), nu",
                        "", "Region Stockholm |  | Idé | "),
                List.of("COLLABORATION", "partnerNamedOnInitiative", "'@Företag \"AB\"", "", ""));
        assertThat(csv).contains("otherProject,\"'=HYPERLINK(\"\"https://x.example\"\",\"\"klicka\"\"), nu\",")
                .contains("partnerNamedOnInitiative,\"'@Företag \"\"AB\"\"\",,");

        assertThat(AccountsCsv.quoted("a,b")).isEqualTo("\"a,b\"");
        assertThat(AccountsCsv.quoted("säg \"hej\"")).isEqualTo("\"säg \"\"hej\"\"\"");
        assertThat(AccountsCsv.quoted("två\r\nrader")).isEqualTo("\"två\r\nrader\"");
        assertThat(AccountsCsv.quoted("=1+2")).isEqualTo("'=1+2");
        assertThat(AccountsCsv.quoted("+46 8 123 456")).isEqualTo("'+46 8 123 456");
        assertThat(AccountsCsv.quoted("-cmd")).isEqualTo("'-cmd");
        assertThat(AccountsCsv.quoted("\tx")).isEqualTo("'\tx");
        assertThat(AccountsCsv.quoted("-4.4")).as("a negative number stays a number").isEqualTo("-4.4");
        assertThat(AccountsCsv.quoted(null)).isEmpty();
        assertThat(AccountsCsv.quoted("Region Stockholm")).isEqualTo("Region Stockholm");
    }

    // ---- PDF ----

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void thePdfShowsTheSameFiguresAsTheHtml() throws Exception {
        byte[] pdf = AccountsDocuments.render(preview, AccountsFormat.PDF, "sv");
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        String text = pdfText(pdf);
        assertThat(text)
                .contains("Region Stockholm")
                .contains("78 %")
                .contains("18 av 23")
                .contains("78,3 %")
                .contains("2,6")
                .contains("20 av 23")
                .contains("1 500 000 SEK")
                .contains("8 000 000 SEK")
                .contains("57,1 %")
                .contains("66,7 %")
                .contains("Sömn Startup AB")
                .contains("Fler och bättre testmiljöer");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Innovationsbokslut 2021 - Region Stockholm");
            assertThat(info.getCreationDate()).as("a preview has no date: no clock is read").isNull();
        }
    }

    @Test
    void anEditionsPdfHasItsTitleAndIsCreatedWhenItWasPublished() throws Exception {
        byte[] pdf = AccountsDocuments.render(edition, AccountsFormat.PDF, "sv");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Innovationsbokslut 2021 - Region Stockholm");
            assertThat(info.getProducer()).isEqualTo("Innovation Ledger");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(PUBLISHED_AT);
        }
        assertThat(pdfText(pdf)).contains("Utgåva 1").contains("Anna Andersson")
                .contains("Två indikatorer följs upp.").contains("78 %");
        String html = new String(AccountsDocuments.render(edition, AccountsFormat.HTML, "sv"), StandardCharsets.UTF_8);
        assertThat(html).contains("Utgåva 1, publicerad av Anna Andersson (STRATEGIST), 2022-03-01. Skäl: Beslutat i"
                        + " regionstyrelsen (RS 2022-0123)")
                .contains("<p class=\"narrative\">Region Stockholms innovationsstrategi gäller 2019–2022.</p>\n"
                        + "<p class=\"narrative\">Två indikatorer följs upp.</p>");
    }

    // ---- reproducibility ----

    @Test
    void theSameAccountsRenderedTwiceGiveTheSameBytesInEveryFormat() {
        InnovationAccounts again = Ledger.fold(new StockholmHistory().events(), STOCKHOLM, 2021);
        for (InnovationAccounts[] pair : new InnovationAccounts[][]{{preview, again}, {edition, edition}}) {
            for (AccountsFormat format : AccountsFormat.values()) {
                for (String language : List.of("sv", "en")) {
                    byte[] first = AccountsDocuments.render(pair[0], format, language);
                    byte[] second = AccountsDocuments.render(pair[1], format, language);
                    assertThat(Arrays.equals(first, second)).as(format + " " + language).isTrue();
                }
            }
        }
        assertThat(AccountsDocuments.sha256(AccountsDocuments.json(again)))
                .isEqualTo(AccountsDocuments.sha256(AccountsDocuments.json(preview)))
                .hasSize(64);
    }
}
