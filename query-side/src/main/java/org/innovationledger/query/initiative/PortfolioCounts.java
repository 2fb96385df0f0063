package org.innovationledger.query.initiative;

import org.innovationledger.kernel.initiative.InitiativeStatus;
import org.innovationledger.kernel.initiative.PortfolioOverview.MissionCount;
import org.innovationledger.kernel.initiative.PortfolioOverview.PhaseCount;
import org.innovationledger.kernel.initiative.PortfolioOverview.StageCount;
import org.innovationledger.kernel.initiative.PortfolioOverview.StatusCount;
import org.innovationledger.kernel.initiative.PortfolioOverview.UnitCount;
import org.innovationledger.kernel.initiative.PortfolioOverview.ValueCount;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.process.PhaseStage;
import org.innovationledger.kernel.process.ProcessModelRef;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The overview's counts over the initiatives a query lets through. Groups go by count, most first, then by
 * name; the funnel and the statuses go in their enums' order and list every value, also those with none. Units
 * are named as the region that owns the initiatives counted with them names them.
 */
final class PortfolioCounts {

    private static final Collator NAME_ORDER = Collator.getInstance(Locale.forLanguageTag("sv"));

    private final List<InitiativeDocument> initiatives;
    private final Map<String, Map<String, String>> unitNamesToday;

    /** @param unitNamesToday per region, its unit ids to the names in force today */
    PortfolioCounts(List<InitiativeDocument> initiatives, Map<String, Map<String, String>> unitNamesToday) {
        this.initiatives = initiatives;
        this.unitNamesToday = unitNamesToday;
    }

    List<UnitCount> byUnit() {
        return units(i -> i.registration().unitId());
    }

    List<UnitCount> byTestbed() {
        return units(i -> i.classification().testbedUnitId());
    }

    List<StageCount> byStage() {
        Map<PhaseStage, Long> counts = counted(initiatives.stream().map(i -> i.progress().stage()));
        return Arrays.stream(PhaseStage.values())
                .map(stage -> new StageCount(stage, counts.getOrDefault(stage, 0L).intValue())).toList();
    }

    List<StatusCount> byStatus() {
        Map<InitiativeStatus, Long> counts = counted(initiatives.stream().map(i -> i.progress().status()));
        return Arrays.stream(InitiativeStatus.values())
                .map(status -> new StatusCount(status, counts.getOrDefault(status, 0L).intValue())).toList();
    }

    /** Phases are model-specific: counted per model version, in funnel order. */
    List<PhaseCount> byPhase() {
        return counted(initiatives.stream().filter(i -> i.progress().phase() != null)
                .map(i -> new PhaseKey(i.registration().processModel(), i.progress().phase(),
                        i.progress().phaseName(), i.progress().stage())))
                .entrySet().stream()
                .map(e -> new PhaseCount(e.getKey().model(), e.getKey().phase(), e.getKey().name(),
                        e.getKey().stage(), e.getValue().intValue()))
                .sorted(Comparator.comparing(PhaseCount::stage, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(c -> c.processModel().toString()).thenComparing(PhaseCount::phase))
                .toList();
    }

    /** Name and stage follow from model version and phase code: they only ride along. */
    private record PhaseKey(ProcessModelRef model, String phase, String name, PhaseStage stage) {
    }

    List<MissionCount> byMission() {
        return counted(initiatives.stream().flatMap(i -> i.classification().missions().stream()))
                .entrySet().stream()
                .map(e -> new MissionCount(MissionId.of(e.getKey()), e.getValue().intValue()))
                .sorted(Comparator.comparing(MissionCount::initiatives).reversed()
                        .thenComparing(c -> c.missionId().value()))
                .toList();
    }

    List<ValueCount> byStrategyArea() {
        return values(initiatives.stream().map(i -> i.classification().strategyArea()));
    }

    List<ValueCount> byPartner() {
        return values(initiatives.stream().map(i -> i.registration().partnerName()));
    }

    int withRunningPilot() {
        return (int) initiatives.stream().filter(i -> i.delivery().runningPilots() > 0).count();
    }

    int inOperation() {
        return (int) initiatives.stream().filter(i -> !i.delivery().inOperationUnits().isEmpty()).count();
    }

    private List<UnitCount> units(Function<InitiativeDocument, String> unitOf) {
        // a unit belongs to one region: only an initiative of that region finds its name
        Map<String, String> names = new HashMap<>();
        for (InitiativeDocument initiative : initiatives) {
            String unitId = unitOf.apply(initiative);
            String name = unitId == null ? null
                    : unitNamesToday.getOrDefault(initiative.tenant(), Map.of()).get(unitId);
            if (name != null) {
                names.putIfAbsent(unitId, name);
            }
        }
        return counted(initiatives.stream().map(unitOf)).entrySet().stream()
                .map(e -> new UnitCount(OrganisationUnitId.of(e.getKey()), names.get(e.getKey()),
                        e.getValue().intValue()))
                .sorted(Comparator.comparing(UnitCount::initiatives).reversed()
                        .thenComparing(c -> String.valueOf(c.unitName()), NAME_ORDER)
                        .thenComparing(c -> c.unitId().value()))
                .toList();
    }

    private static List<ValueCount> values(Stream<String> values) {
        return counted(values).entrySet().stream()
                .map(e -> new ValueCount(e.getKey(), e.getValue().intValue()))
                .sorted(Comparator.comparing(ValueCount::initiatives).reversed()
                        .thenComparing(ValueCount::value, NAME_ORDER))
                .toList();
    }

    /** Occurrences of each non-null key. */
    private static <K> Map<K, Long> counted(Stream<K> keys) {
        return keys.filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
    }
}
