package org.innovationledger.query.ui;

import org.innovationledger.kernel.initiative.PortfolioOverview;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One of the dashboard's count tables (initiatives per stage, status, mission, …), drawn by one template fragment:
 * each row links to the dashboard filtered by its {@code parameter}, with the API's parameter name and value.
 *
 * @param name      the table's name: its heading's id ({@code h-name}), its test mark ({@code by-name})
 * @param heading   message key of the heading
 * @param column    message key of the first column's header
 * @param chart     how {@code ledger-charts.js} draws it: {@code funnel} or {@code bar}
 * @param parameter the portfolio filter a row's link sets
 * @param rows      the counts, in the overview's order
 */
public record CountTable(String name, String heading, String column, String chart, String parameter,
                         List<Row> rows) {

    /**
     * @param key      the filter value (and the row's {@code data-key})
     * @param label    the text shown when there is no message for it (a mission's title, a unit's name)
     * @param labelKey message key of a value the interface translates (a stage, a status); null otherwise
     * @param count    initiatives
     */
    public record Row(String key, String label, String labelKey, int count) {
    }

    /** The dashboard's count tables for an overview, in the order the page shows them. */
    static List<CountTable> of(PortfolioOverview overview, Map<String, String> missionTitles) {
        return List.of(
                table("stage", "ui.dashboard.funnel", "ui.filters.stage", "funnel", overview.byStage(),
                        c -> translated(c.stage().name(), "ui.stage.", c.initiatives())),
                table("status", "ui.dashboard.byStatus", "ui.filters.status", "bar", overview.byStatus(),
                        c -> translated(c.status().name(), "ui.status.", c.initiatives())),
                table("mission", "ui.dashboard.byMission", "ui.filters.mission", "bar", overview.byMission(),
                        c -> named(c.missionId().value(),
                                missionTitles.getOrDefault(c.missionId().value(), c.missionId().value()),
                                c.initiatives())),
                table("strategy-area", "ui.dashboard.byStrategyArea", "ui.filters.strategyArea", "bar",
                        overview.byStrategyArea(), c -> named(c.value(), c.value(), c.initiatives())),
                table("unit", "ui.dashboard.byUnit", "ui.filters.unitName", "bar", overview.byUnit(),
                        c -> named(c.unitId().value(), c.unitName(), c.initiatives())),
                table("testbed", "ui.dashboard.byTestbed", "ui.filters.testbedName", "bar", overview.byTestbed(),
                        c -> named(c.unitId().value(), c.unitName(), c.initiatives())),
                table("partner", "ui.dashboard.byPartner", "ui.filters.partner", "bar", overview.byPartner(),
                        c -> named(c.value(), c.value(), c.initiatives())));
    }

    /** The filter parameter each table's rows set, by table name (the API's names). */
    private static final Map<String, String> PARAMETERS = Map.of("stage", "stage", "status", "status",
            "mission", "missionId", "strategy-area", "strategyArea", "unit", "unitId", "testbed", "testbedUnitId",
            "partner", "partnerName");

    private static <C> CountTable table(String name, String heading, String column, String chart, List<C> counts,
                                        Function<C, Row> row) {
        return new CountTable(name, heading, column, chart, PARAMETERS.get(name), counts.stream().map(row).toList());
    }

    private static Row translated(String key, String prefix, int count) {
        return new Row(key, key, prefix + key, count);
    }

    private static Row named(String key, String label, int count) {
        return new Row(key, label, null, count);
    }
}
