package org.innovationledger.bench.seed;

import org.innovationledger.kernel.agreement.AgreementContent;
import org.innovationledger.kernel.agreement.AgreementDrafted;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.agreement.AgreementInForce;
import org.innovationledger.kernel.agreement.AgreementParty;
import org.innovationledger.kernel.agreement.AgreementSignedByParty;
import org.innovationledger.kernel.agreement.AgreementTerms;
import org.innovationledger.kernel.agreement.AgreementType;
import org.innovationledger.kernel.agreement.CostPrinciple;
import org.innovationledger.kernel.agreement.FollowUpDate;
import org.innovationledger.kernel.agreement.ResultOwnership;
import org.innovationledger.kernel.initiative.BarrierAddressed;
import org.innovationledger.kernel.initiative.BarrierCategory;
import org.innovationledger.kernel.initiative.BarrierObserved;
import org.innovationledger.kernel.initiative.CareUnitAnchoringRecorded;
import org.innovationledger.kernel.initiative.GateDecisionRecorded;
import org.innovationledger.kernel.initiative.InitiativeClassified;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeOrigin;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.innovationledger.kernel.initiative.InnovationType;
import org.innovationledger.kernel.initiative.NeedsAndCostBaselineRecorded;
import org.innovationledger.kernel.initiative.SystemLevel;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.process.BuiltInProcessModels;
import org.innovationledger.kernel.process.CaseType;
import org.innovationledger.kernel.process.GateOutcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One initiative's case under the generic stage-gate model, in the order its command handlers would record it:
 * registered in phase NEED, classified, then gate by gate (G1 NEED→IDEA ... G4 DEVELOPMENT→TEST) with barriers met
 * and dealt with on the way, care-unit anchoring and a needs and cost baseline before the pre-study, and from the
 * development phase on often a collaboration agreement between two of the region's units (its own aggregate).
 * Every initiative stays open, in the phase it reached, so that commands can be sent to it afterwards.
 */
final class InitiativeHistory {

    private static final List<String> PHASES = List.of("NEED", "IDEA", "PRE_STUDY", "DEVELOPMENT", "TEST");
    private static final String[] TITLES = {"Digitala vårdbesök i glesbygd", "Sensorbaserad fallprevention",
            "AI-stöd för triage på akuten", "Läkemedelsrobot i hemmet", "Egenmonitorering vid hjärtsvikt",
            "Digital rehabilitering efter stroke", "Beslutsstöd för antibiotikaförskrivning",
            "Mobil röntgen på särskilt boende", "Chattbaserad rådgivning 1177", "Smart schemaläggning på IVA"};
    private static final String[] STRATEGY_AREAS = {"Nära vård", "Digitalisering", "Kompetensförsörjning",
            "Hållbar vård"};
    private static final String[] CORE_AREAS = {"Akutsjukvård", "Primärvård", "Psykiatri", "Äldrevård"};

    private final EventRecorder recorder;
    private final Random random;

    InitiativeHistory(EventRecorder recorder, Random random) {
        this.recorder = recorder;
        this.random = random;
    }

    /** Records one initiative's case and answers it; {@code number} makes its id unique within the region. */
    SeededInitiative record(Region region, int number) {
        InitiativeId id = InitiativeId.of("ini-" + region.tenant() + "-" + number);
        OrganisationUnitId owner = region.careUnits.get(random.nextInt(region.careUnits.size()));
        int year = recorder.clock().today().getYear();
        String story = "case-" + id.value();
        Caller caller = Caller.manager(region, "Beslut i samordningsgruppen", region.diaryNumber(year, number));
        boolean offered = random.nextInt(4) == 0;
        String title = TITLES[random.nextInt(TITLES.length)];
        recorder.command("Initiative", id.value(), caller, story,
                new InitiativeRegistered(id, region.tenantId(), title + " (" + region.name() + ")",
                        "Behov identifierat vid " + owner.value() + "; syftet är bättre tillgänglighet och"
                                + " minskad belastning på mottagningen.",
                        owner, offered ? InitiativeOrigin.PARTNER_OFFER : InitiativeOrigin.UNSPECIFIED, null,
                        offered ? "MedTech Nordic AB" : null, CaseType.INNOVATION,
                        BuiltInProcessModels.GENERIC_STAGE_GATE, PHASES.get(0)));
        recorder.command("Initiative", id.value(), caller, story,
                new InitiativeClassified(id, STRATEGY_AREAS[random.nextInt(STRATEGY_AREAS.length)],
                        CORE_AREAS[random.nextInt(CORE_AREAS.length)],
                        InnovationType.values()[random.nextInt(InnovationType.values().length)], List.of(), null));
        int reached = 1 + random.nextInt(PHASES.size() - 1);
        List<String> openBarriers = new ArrayList<>();
        int barriers = 0;
        for (int gate = 1; gate <= reached; gate++) {
            if (random.nextBoolean()) {
                String barrierId = "B" + (++barriers);
                recorder.command("Initiative", id.value(), caller, story, new BarrierObserved(id, barrierId,
                        BarrierCategory.values()[random.nextInt(BarrierCategory.values().length)],
                        SystemLevel.values()[random.nextInt(SystemLevel.values().length)],
                        "Hinder som mötts inför grind G" + gate + ": saknad ersättningsmodell för vårdgivaren"));
                openBarriers.add(barrierId);
            }
            if (!openBarriers.isEmpty() && random.nextInt(3) > 0) {
                recorder.command("Initiative", id.value(), caller, story, new BarrierAddressed(id,
                        openBarriers.remove(0), "Överenskommelse med verksamhetschefen om tillfällig ersättning"));
            }
            if (gate == 2) {
                recorder.command("Initiative", id.value(), caller, story, new CareUnitAnchoringRecorded(id, owner,
                        "Kortare väntetider och färre återbesök"));
                recorder.command("Initiative", id.value(), caller, story, new NeedsAndCostBaselineRecorded(id,
                        "Nuläge: 1 200 besök per år, kostnad per besök 1 850 kr"));
            }
            decide(id, caller, story, gate, region, year);
            if (gate == 3 && random.nextBoolean()) {
                agreement(id, region, owner, story, year);
            }
        }
        return new SeededInitiative(id, region.tenant());
    }

    private void decide(InitiativeId id, Caller caller, String story, int gate, Region region, int year) {
        LocalDate today = recorder.clock().today();
        recorder.command("Initiative", id.value(), caller, story,
                new GateDecisionRecorded(id, id.value() + "-D" + gate, "G" + gate, GateOutcome.PROCEED,
                        PHASES.get(gate - 1), PHASES.get(gate), "Samordningsgruppen för innovation",
                        List.of(), "Underlaget visar att behovet kvarstår och att nästa steg är rimligt",
                        List.of(region.diaryNumber(year, 500 + gate)), today, null));
    }

    /** A signed collaboration agreement: drafted, signed by one party, then by the other, which puts it in force. */
    private void agreement(InitiativeId initiative, Region region, OrganisationUnitId owner, String story, int year) {
        AgreementId id = AgreementId.forInitiative(initiative, 1);
        OrganisationUnitId other = region.careUnits.get(random.nextInt(region.careUnits.size()));
        if (other.equals(owner)) {
            other = region.units.get(0); // the first hospital
        }
        LocalDate today = recorder.clock().today();
        Caller caller = Caller.manager(region, "Samverkansavtal för testfasen", region.diaryNumber(year, 700));
        AgreementContent content = new AgreementContent("Samverkansavtal " + initiative.value(),
                AgreementType.COLLABORATION,
                List.of(AgreementParty.unit(owner, "Huvudman"), AgreementParty.unit(other, "Testbädd")), null,
                new AgreementTerms(CostPrinciple.EACH_PARTY_OWN_COSTS, null, ResultOwnership.JOINT, null,
                        "Resultat får publiceras efter gemensam granskning", null, "Tre månaders uppsägningstid"),
                List.of(new FollowUpDate(null, today.plusMonths(6))), null, today, today.plusYears(2),
                "Utvärderad lösning och beslutsunderlag för införande");
        String agreement = id.value();
        recorder.command("Agreement", agreement, caller, story,
                new AgreementDrafted(id, region.tenantId(), initiative, content));
        recorder.command("Agreement", agreement, caller, story,
                new AgreementSignedByParty(id, owner.value(), "Verksamhetschef", today));
        recorder.command("Agreement", agreement, caller, story,
                new AgreementSignedByParty(id, other.value(), "Sjukhusdirektör", today),
                new AgreementInForce(id, today));
    }
}
