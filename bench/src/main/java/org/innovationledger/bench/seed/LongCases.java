package org.innovationledger.bench.seed;

import org.innovationledger.kernel.initiative.BarrierAddressed;
import org.innovationledger.kernel.initiative.BarrierCategory;
import org.innovationledger.kernel.initiative.BarrierObserved;
import org.innovationledger.kernel.initiative.InitiativeClassified;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeOrigin;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.innovationledger.kernel.initiative.InnovationType;
import org.innovationledger.kernel.initiative.SystemLevel;
import org.innovationledger.kernel.process.BuiltInProcessModels;
import org.innovationledger.kernel.process.CaseType;

import java.util.List;

/**
 * Initiatives with exactly {@link #LENGTHS} events, for timing an aggregate's load at a known history length: a
 * long-running case whose barriers are observed and dealt with over and over (as a region's flagship project's are).
 */
public final class LongCases {

    public static final List<Integer> LENGTHS = List.of(50, 1000);

    private final EventRecorder recorder;

    LongCases(EventRecorder recorder) {
        this.recorder = recorder;
    }

    public static InitiativeId id(int length) {
        return InitiativeId.of("ini-long-case-" + length);
    }

    void record(Region region, int length) {
        InitiativeId id = id(length);
        Caller caller = Caller.manager(region, "Regionens flaggskeppsprojekt", region.diaryNumber(2016, length));
        String story = "case-" + id.value();
        recorder.command("Initiative", id.value(), caller, story,
                new InitiativeRegistered(id, region.tenantId(), "Sammanhållen digital vårdkedja",
                        "Ett långvarigt regionövergripande projekt", region.careUnits.get(0),
                        InitiativeOrigin.UNSPECIFIED,
                        null, null, CaseType.INNOVATION, BuiltInProcessModels.GENERIC_STAGE_GATE, "NEED"));
        recorder.command("Initiative", id.value(), caller, story, new InitiativeClassified(id, "Digitalisering",
                "Primärvård", InnovationType.SERVICE, List.of(), null));
        for (int event = 2, barrier = 1; event < length; barrier++) {
            String barrierId = "B" + barrier;
            recorder.command("Initiative", id.value(), caller, story, new BarrierObserved(id, barrierId,
                    BarrierCategory.values()[barrier % BarrierCategory.values().length],
                    SystemLevel.values()[barrier % SystemLevel.values().length],
                    "Återkommande hinder i informationsöverföringen mellan vårdgivare"));
            event++;
            if (event < length) {
                recorder.command("Initiative", id.value(), caller, story, new BarrierAddressed(id, barrierId,
                        "Tillfällig rutin i väntan på nationell lösning"));
                event++;
            }
        }
    }
}
