package org.innovationledger.kernel.initiative;

import org.innovationledger.kernel.common.TenantId;

import java.util.List;

/**
 * The barriers the tenant's initiatives met: every one of the 10 categories at every one of the 3 system levels,
 * also where none were met, in the enums' order (category first).
 *
 * @param cells      30 cells, category by category, each with its three levels
 * @param byCategory the 10 categories over all levels
 * @param byLevel    the 3 levels over all categories
 * @param total      all barriers
 * @param position   highest global event position reflected
 */
public record BarrierHeatMap(TenantId tenant,
                             List<Cell> cells,
                             List<CategoryTotal> byCategory,
                             List<LevelTotal> byLevel,
                             Counts total,
                             long position) {

    /**
     * How barriers fared: every observed barrier is open until it is addressed (removed) or circumvented
     * (worked around), so {@code observed = addressed + circumvented + open}.
     */
    public record Counts(int observed, int addressed, int circumvented, int open) {
    }

    public record Cell(BarrierCategory category, BarrierCategory.Group group, SystemLevel level, Counts counts) {
    }

    public record CategoryTotal(BarrierCategory category, BarrierCategory.Group group, Counts counts) {
    }

    public record LevelTotal(SystemLevel level, Counts counts) {
    }
}
