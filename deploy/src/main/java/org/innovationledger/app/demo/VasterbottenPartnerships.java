package org.innovationledger.app.demo;

import org.innovationledger.kernel.agreement.AgreementContent;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.agreement.AgreementParty;
import org.innovationledger.kernel.agreement.AgreementTerms;
import org.innovationledger.kernel.agreement.AgreementType;
import org.innovationledger.kernel.agreement.CostPrinciple;
import org.innovationledger.kernel.agreement.DraftAgreement;
import org.innovationledger.kernel.agreement.FollowUpDate;
import org.innovationledger.kernel.agreement.ResultOwnership;
import org.innovationledger.kernel.agreement.SignAgreement;
import org.innovationledger.kernel.initiative.EconomicValue;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.partner.PartnerId;
import org.innovationledger.kernel.partner.PartnerKind;
import org.innovationledger.kernel.partner.RegisterPartnerOrganisation;
import org.innovationledger.kernel.process.BuiltInProcessModels;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.kernel.process.ProcessModelDefinition;
import org.innovationledger.kernel.realisation.RecordRealisedValue;
import org.innovationledger.kernel.value.Beneficiary;
import org.innovationledger.kernel.value.DefineValueModel;
import org.innovationledger.kernel.value.DistributionRule;
import org.innovationledger.kernel.value.PartyShare;
import org.innovationledger.kernel.value.ValueHorizon;
import org.innovationledger.kernel.value.ValueItem;
import org.innovationledger.kernel.value.ValueModelDefinition;
import org.innovationledger.kernel.value.ValueModelId;
import org.innovationledger.kernel.value.ValueModelRef;
import org.innovationledger.kernel.value.ValuePerspective;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Region Västerbotten's partner register and the two partnership cases that reached the test phase, from
 * {@code innovationsmotorer-slutrapport-2025.sv.txt} ("IM") and the 2018 pre-study ("FS"): with Roche "tecknades,
 * genomfördes och utvärderades ett värdebaserat avtal i liten skala" (IM rad 3600-3602), with Getinge a pilot
 * "för test, löpande vidareutveckling och utvärdering" at the innovation clinic Mava (IM rad 3608-3631).
 * <p>
 * The sources name the companies and what was done, nothing of the agreements' text. <b>Demo assumptions</b>,
 * labelled "demoantagande" in every document reference: the dates of signing and of the follow-ups (the source
 * gives years), the value analyses' economic result (the source gives none; that the parties signed and carried
 * out the agreements is read as a result that was not negative), the value model's items and its equal shares
 * (the sources give no formula for distribution, domain model §7), and the name of the company in the
 * specialist-care case, which the source leaves unnamed. No amounts are recorded: the sources give none, so the
 * value realised at the follow-ups is recorded as value without a sum.
 */
final class VasterbottenPartnerships extends DemoRegion {

    private static final String IM = "Swedish Medtech: Innovationsmotorer – slutrapport 2025, Region Västerbotten, rad ";
    private static final String FS = "VLL: Förstudierapport – värdeskapande innovation i partnerskap (2018), rad ";
    private static final String ASSUMED = "; demoantagande: ";
    private static final String BODY = "Partnerskapets gemensamma beslutsmöte (VLL Innovation AB processledare)";
    private static final ProcessModelDefinition VLL = BuiltInProcessModels.VLL_PARTNERSHIP_V1;
    private static final String SIGNATORY = "Behörig firmatecknare (namn anges inte i källan)";
    private static final AgreementTerms EACH_OWN_COSTS_JOINT_RESULTS = new AgreementTerms(
            CostPrinciple.EACH_PARTY_OWN_COSTS, null, ResultOwnership.JOINT, null,
            "Parterna kommunicerar resultaten gemensamt (seminarier och gemensam rapport)", null, null);

    VasterbottenPartnerships() {
        super(VasterbottenDemo.TENANT, "vbtn", "Demo: Region Västerbotten, partnerskap och värdebaserade avtal"
                + " (Innovationsmotorer – slutrapport 2025; förstudien 2018)");
    }

    @Override
    void load() {
        commands().story("vbtn-partners");
        PartnerId roche = partner("Roche", PartnerKind.COMPANY, IM + "3471, 3600-3606");
        PartnerId getinge = partner("Getinge", PartnerKind.COMPANY, IM + "3471, 3608-3636");
        partner("Microsoft", PartnerKind.COMPANY, IM + "3471, 3653, 3672");
        partner("Pfizer", PartnerKind.COMPANY, IM + "3672");
        partner("AbbVie", PartnerKind.COMPANY, IM + "3471, 4735");
        partner("Philips", PartnerKind.COMPANY, IM + "4735");
        partner("Voxit", PartnerKind.COMPANY, IM + "4418-4440");
        // the specialist-care case's company is not named in the source (IM rad 3596-3598): a fictitious name
        partner("Egenvårdsbolaget Norr AB (fiktivt namn)", PartnerKind.SME, IM + "3596-3598" + ASSUMED
                + "fiktivt företagsnamn");

        OrganisationUnitId region = unitId("region");
        rocheValueBasedAgreement(region, roche);
        getingePilotAgreement(region, getinge);
    }

    /** Roche: a value-based agreement in small scale, signed, carried out and evaluated at Bjurholm (IM rad 3600). */
    private void rocheValueBasedAgreement(OrganisationUnitId region, PartnerId roche) {
        String key = "egenvard-primarvard";
        InitiativeId initiative = initiativeId(key);
        List<String> parties = List.of("Västerbottens läns landsting", "Roche");
        resumed(key, VLL, "STEG_3").valueAnalysis("Värdeanalys av egenmonitorering och egenvård i primärvården,"
                + " grund för förhandlingen av värdemodell och partneravtal. Källan redovisar inget ekonomiskt utfall.",
                EconomicValue.POSITIVE, FS + "791-797" + ASSUMED + "ekonomiskt utfall ej negativt");

        ValueModelId modelId = ValueModelId.of("vm-demo-vbtn-egenvard-primarvard");
        commands().send(new DefineValueModel(modelId, new ValueModelDefinition(
                "Värdemodell egenmonitorering och egenvård i primärvården", initiative, List.of(
                new ValueItem("patient", "Ökad egenvård och delaktighet för patienten", Beneficiary.PATIENT_OR_CITIZEN,
                        ValuePerspective.SOCIETAL, false, ValueHorizon.NOW, null, null, null),
                new ValueItem("halsocentral", "Frigjord kapacitet på hälsocentralen", Beneficiary.CARE_UNIT,
                        ValuePerspective.BUDGET, true, ValueHorizon.FUTURE, null, null, "Bjurholms hälsocentral"),
                new ValueItem("referens", "Referens och marknadsfördel för bolaget", Beneficiary.COMPANY,
                        ValuePerspective.MARKET, false, ValueHorizon.FUTURE, null, null, "Roche")),
                List.of(), new DistributionRule(List.of(new PartyShare("region", new BigDecimal("50")),
                new PartyShare("företagspartner", new BigDecimal("50"))), "Värdebaserad betalning i liten skala;"
                + " källan anger ingen formel (demoantagande: lika andelar)"))),
                FS + "255-256, 781-805" + ASSUMED + "värdeposter och andelar");

        LocalDate signedOn = LocalDate.of(2018, 9, 3);
        AgreementId agreement = draft(new DraftAgreement(initiative, new AgreementContent(
                "Värdebaserat avtal egenmonitorering och egenvård i primärvården", AgreementType.VALUE_BASED_PAYMENT,
                List.of(AgreementParty.unit(region, "region"), AgreementParty.partner(roche, "företagspartner")),
                new ValueModelRef(modelId, 1), EACH_OWN_COSTS_JOINT_RESULTS,
                List.of(new FollowUpDate("F1", LocalDate.of(2019, 3, 1)), new FollowUpDate("F2", LocalDate.of(2019, 9, 2))),
                List.of(), LocalDate.of(2018, 9, 1), LocalDate.of(2019, 12, 31), "Test och utvärdering av"
                + " egenmonitorering och egenvård på innovationskliniken Bjurholms hälsocentral")),
                IM + "3596-3606" + ASSUMED + "datum och uppföljningstillfällen");
        sign(agreement, region, signedOn, IM + "3600-3602" + ASSUMED + "datum");
        sign(agreement, roche, signedOn, IM + "3600-3602" + ASSUMED + "datum");

        resumed(key, VLL, "STEG_3").jointly("G3", GateOutcome.PROCEED, parties, BODY, "Beslut om genomförande av"
                        + " innovationssatsningen i partnerskap: värdemodell och partneravtal är på plats.", signedOn,
                        FS + "791-805; " + IM + "3600-3602")
                .pilotStarted("pilot-bjurholm", unitId("bjurholm"), signedOn, IM + "3600-3603")
                .pilotCompleted("pilot-bjurholm", LocalDate.of(2019, 12, 31), "Det värdebaserade avtalet i liten skala"
                        + " genomfördes och utvärderades.", IM + "3600-3602" + ASSUMED + "datum");
        realised(agreement, "r-patient", "F1", "patient", "Egenmonitorering och egenvård i bruk hos patienterna"
                + " på Bjurholms hälsocentral; källan redovisar inga mätvärden.");
        realised(agreement, "r-referens", "F2", "referens", "Utvärderat värdebaserat avtal i liten skala, underlag"
                + " för ramverk och principer för värdebaserade betalningsmodeller.");
    }

    /** Getinge: the pilot at Mava, the company's first concrete cooperation (IM rad 3608-3631). */
    private void getingePilotAgreement(OrganisationUnitId region, PartnerId getinge) {
        String key = "patientflode-mava";
        InitiativeId initiative = initiativeId(key);
        LocalDate signedOn = LocalDate.of(2019, 9, 2);
        resumed(key, VLL, "STEG_3").valueAnalysis("Gemensam konceptualisering av värdebaserade modeller för"
                + " prissättning, betalning, riskdelning och uppföljning. Källan redovisar inget ekonomiskt utfall.",
                EconomicValue.POSITIVE, IM + "3620-3622" + ASSUMED + "ekonomiskt utfall ej negativt");
        AgreementId agreement = draft(new DraftAgreement(initiative, new AgreementContent(
                "Partneravtal pilotprojekt patientflöde och vårdlogistik på Mava", AgreementType.PARTNER,
                List.of(AgreementParty.unit(region, "region"), AgreementParty.partner(getinge, "företagspartner")),
                null, EACH_OWN_COSTS_JOINT_RESULTS,
                // the half-time evaluation the joint report of 2020 presents (IM rad 3631-3636, 3696)
                List.of(new FollowUpDate("HALVTID", LocalDate.of(2020, 6, 1))), List.of(), LocalDate.of(2019, 9, 1),
                LocalDate.of(2021, 12, 31), "Test, löpande vidareutveckling och utvärdering av en patient- och"
                + " vårdlogistiklösning på Mava")), IM + "3608-3636" + ASSUMED + "datum");
        sign(agreement, region, signedOn, IM + "3608-3611" + ASSUMED + "datum");
        sign(agreement, getinge, signedOn, IM + "3608-3611" + ASSUMED + "datum");
        resumed(key, VLL, "STEG_3").jointly("G3", GateOutcome.PROCEED, List.of("Region Västerbotten", "Getinge"),
                        BODY,
                        "Beslut om genomförande av pilotprojektet i partnerskap.", signedOn, FS + "791-805; "
                                + IM + "3608-3622")
                .pilotStarted("pilot-mava", unitId("mava"), signedOn, IM + "3608-3619");
    }

    /** The ledger answers the new partner's id (as text). */
    private PartnerId partner(String name, PartnerKind kind, String documentRef) {
        Object id = commands().sendForResult(new RegisterPartnerOrganisation(name, kind, null, "SE"), documentRef);
        return id instanceof PartnerId partner ? partner : PartnerId.of(String.valueOf(id));
    }

    private AgreementId draft(DraftAgreement draft, String documentRef) {
        Object id = commands().sendForResult(draft, documentRef);
        return id instanceof AgreementId agreement ? agreement : AgreementId.of(String.valueOf(id));
    }

    private void sign(AgreementId agreement, Object party, LocalDate on, String documentRef) {
        String id = party instanceof PartnerId partner ? partner.value() : ((OrganisationUnitId) party).value();
        commands().send(new SignAgreement(agreement, id, SIGNATORY, on, null), documentRef);
    }

    private void realised(AgreementId agreement, String id, String followUp, String item, String evidence) {
        commands().send(new RecordRealisedValue(agreement, id, followUp, item, null, evidence, null),
                IM + "3598-3606" + ASSUMED + "uppföljningstillfälle");
    }
}
