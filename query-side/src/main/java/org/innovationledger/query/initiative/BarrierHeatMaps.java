package org.innovationledger.query.initiative;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.BarrierCategory;
import org.innovationledger.kernel.initiative.BarrierHeatMap;
import org.innovationledger.kernel.initiative.BarrierHeatMap.Counts;
import org.innovationledger.kernel.initiative.SystemLevel;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/** Counts barriers into the 10 x 3 heat map, listing every cell also where none were met. */
final class BarrierHeatMaps {

    private BarrierHeatMaps() {
    }

    static BarrierHeatMap of(TenantId tenant, List<BarrierDocument> barriers) {
        List<BarrierHeatMap.Cell> cells = Arrays.stream(BarrierCategory.values())
                .flatMap(category -> Arrays.stream(SystemLevel.values())
                        .map(level -> new BarrierHeatMap.Cell(category, category.group(), level,
                                counts(barriers, b -> b.category() == category && b.level() == level))))
                .toList();
        List<BarrierHeatMap.CategoryTotal> byCategory = Arrays.stream(BarrierCategory.values())
                .map(category -> new BarrierHeatMap.CategoryTotal(category, category.group(),
                        counts(barriers, b -> b.category() == category)))
                .toList();
        List<BarrierHeatMap.LevelTotal> byLevel = Arrays.stream(SystemLevel.values())
                .map(level -> new BarrierHeatMap.LevelTotal(level, counts(barriers, b -> b.level() == level)))
                .toList();
        return new BarrierHeatMap(tenant, cells, byCategory, byLevel, counts(barriers, b -> true),
                barriers.stream().mapToLong(BarrierDocument::position).max().orElse(0));
    }

    private static Counts counts(Collection<BarrierDocument> barriers, Predicate<BarrierDocument> in) {
        List<BarrierDocument> selected = barriers.stream().filter(in).toList();
        return new Counts(selected.size(), inState(selected, BarrierDocument.State.ADDRESSED),
                inState(selected, BarrierDocument.State.CIRCUMVENTED), inState(selected, BarrierDocument.State.OPEN));
    }

    private static int inState(List<BarrierDocument> barriers, BarrierDocument.State state) {
        return (int) barriers.stream().filter(b -> b.state() == state).count();
    }
}
