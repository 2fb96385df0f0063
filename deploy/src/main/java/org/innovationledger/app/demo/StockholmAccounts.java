package org.innovationledger.app.demo;

import org.innovationledger.kernel.accounts.AccountsSection;
import org.innovationledger.kernel.accounts.InnovationAccountsEditionId;
import org.innovationledger.kernel.accounts.NarrativeText;
import org.innovationledger.kernel.accounts.PublishInnovationAccountsEdition;

import java.util.List;

/**
 * Publishes Region Stockholm's Innovationsbokslut 2021 as an edition built from every demo event before it. The
 * narrative texts are the source's own sentences (rad 46, 61, 68, 230, 252 of
 * {@code shared/seeds/stockholm-innovationsbokslut-2021.sv.txt}), cut where marked; every figure in the edition is
 * computed from the demo's events, none is copied from the text. Loaded last, so the edition sees the whole demo.
 */
final class StockholmAccounts extends DemoRegion {

    static final InnovationAccountsEditionId EDITION = InnovationAccountsEditionId.of("accounts-demo-sthlm-2021");

    StockholmAccounts() {
        super(StockholmDemo.TENANT, "sthlm", "Demo: Region Stockholm, Innovationsbokslut 2021");
    }

    @Override
    void load() {
        commands().send(new PublishInnovationAccountsEdition(EDITION, 2021, "Innovationsbokslut 2021", "sv",
                List.of(text(AccountsSection.BACKGROUND_AND_SUMMARY, "Innovationsarbetet har under 2021 genomförts"
                                + " utifrån beslutad innovationsstrategi (RS 2019-0672) med fokus på att stärka"
                                + " innovationsförmågan i samtliga verksamheter som ägs av eller utförs med finansiering"
                                + " från Region Stockholm. Syftet är att nya lösningar ska användas, spridas och"
                                + " integreras långsiktigt genom en kultur som bejaktar medarbetarnas idéer och vilja"
                                + " till förändring."),
                        text(AccountsSection.INTERNAL_DEVELOPMENT, "Region Stockholm driver och utvecklar"
                                + " Innovationsfonden vars 15 miljoner kronor under 2021 finansierat genomförande av 58"
                                + " innovationsprojekt, uppföljning, kommunikation och stöd för spridning av dessa."),
                        text(AccountsSection.TEST_ENVIRONMENTS, "Region Stockholm ska samverka med externa aktörer"
                                + " genom att erbjuda högkvalitativa test- och demonstrationsmiljöer när det finns en"
                                + " tydlig verksamhets- och användarnytta. Dessa testmiljöer ska även vara tillgängliga"
                                + " för medarbetares innovationer."),
                        text(AccountsSection.INNOVATION_AND_PROCUREMENT, "Genom innovationsvänlig upphandling ska"
                                + " Region Stockholm bidra till att nyskapande lösningar tas fram. Innovationspartnerskap"
                                + " är en prioriterad samverkansform som skapar möjligheter till samarbeten med tydliga"
                                + " roller med externa aktörer."),
                        text(AccountsSection.COLLABORATION, "Region Stockholm bidrar till nyskapande lösningar genom"
                                + " innovationsvänliga upphandlingar [...]. Innovationspartnerskap är en prioriterad"
                                + " samverkansform för möjligheter till samarbeten med tydliga roller med externa"
                                + " aktörer.")),
                null), StockholmDemo.ref("46, 61, 68, 230, 252; texterna citerade, siffrorna beräknade ur händelserna"));
    }

    private static NarrativeText text(AccountsSection section, String text) {
        return new NarrativeText(section, text);
    }
}
