package org.innovationledger.kernel.process;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The process models every tenant may run initiatives under, defined from the sources. Their ids are reserved:
 * no tenant may define a model under one.
 * <p>
 * A released version never changes, because initiatives keep the version they started under and auditors replay
 * decisions against it. To change a built-in model, add its next version here next to the old one.
 */
public final class BuiltInProcessModels {

    public static final ProcessModelRef VLL_PARTNERSHIP = new ProcessModelRef(ProcessModelId.of("vll-partnership"), 1);
    public static final ProcessModelRef VGR_EARLY_PHASE = new ProcessModelRef(ProcessModelId.of("vgr-early-phase"), 1);
    public static final ProcessModelRef GENERIC_STAGE_GATE =
            new ProcessModelRef(ProcessModelId.of("generic-stage-gate"), 1);

    public static final ProcessModelDefinition VLL_PARTNERSHIP_V1 = VllPartnershipModel.V1;
    public static final ProcessModelDefinition VGR_EARLY_PHASE_V1 = VgrEarlyPhaseModel.V1;
    public static final ProcessModelDefinition GENERIC_STAGE_GATE_V1 = GenericStageGateModel.V1;

    private static final Map<ProcessModelRef, ProcessModelDefinition> ALL;

    static {
        Map<ProcessModelRef, ProcessModelDefinition> models = new LinkedHashMap<>();
        models.put(VLL_PARTNERSHIP, VLL_PARTNERSHIP_V1);
        models.put(VGR_EARLY_PHASE, VGR_EARLY_PHASE_V1);
        models.put(GENERIC_STAGE_GATE, GENERIC_STAGE_GATE_V1);
        ALL = Collections.unmodifiableMap(models);
    }

    private BuiltInProcessModels() {
    }

    public static Optional<ProcessModelDefinition> find(ProcessModelRef ref) {
        return Optional.ofNullable(ALL.get(ref));
    }

    /** Every built-in version, in a fixed order: by model, oldest version first. */
    public static Map<ProcessModelRef, ProcessModelDefinition> all() {
        return ALL;
    }

    /** True for the id of a built-in model, whatever the version. */
    public static boolean isBuiltIn(ProcessModelId id) {
        return ALL.keySet().stream().anyMatch(ref -> ref.id().equals(id));
    }

    /** The built-in versions of a model, oldest first; empty for other ids. */
    public static List<Integer> versions(ProcessModelId id) {
        return ALL.keySet().stream().filter(ref -> ref.id().equals(id)).map(ProcessModelRef::version).sorted().toList();
    }

    /** The newest built-in version of a model. */
    public static Optional<ProcessModelRef> latest(ProcessModelId id) {
        List<Integer> versions = versions(id);
        return versions.isEmpty() ? Optional.empty()
                : Optional.of(new ProcessModelRef(id, versions.get(versions.size() - 1)));
    }
}
