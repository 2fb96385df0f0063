package org.innovationledger.query.ui;

import org.innovationledger.kernel.initiative.PortfolioOverview;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.organisation.OrganisationUnitView;
import org.innovationledger.query.initiative.PortfolioFilter;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the dashboard's filters offer, so a reader picks a unit by its name instead of typing its id: the region's
 * units and testbeds, and the strategy areas, phases and partners its portfolio has (read from the unfiltered
 * portfolio at the same point in history). A value the request names that is not among them (a link from another
 * page, a unit since closed) is offered too, so the form shows what is filtered.
 *
 * @param units         unit id → name, by name
 * @param testbeds      testbed unit id → name, by name
 * @param strategyAreas strategy area → itself, alphabetical
 * @param phases        phase code → "name (code)", alphabetical by code
 * @param partners      partner name → itself, alphabetical
 */
public record FilterChoices(Map<String, String> units, Map<String, String> testbeds,
                            Map<String, String> strategyAreas, Map<String, String> phases,
                            Map<String, String> partners) {

    static FilterChoices of(List<OrganisationUnitView> units, PortfolioOverview portfolio, PortfolioFilter filter) {
        Map<String, String> unitNames = byName(units.stream()
                .map(unit -> Map.entry(unit.unitId().value(), unit.name())).toList());
        Map<String, String> testbeds = byName(java.util.stream.Stream.concat(
                units.stream().filter(unit -> unit.kind() == OrganisationUnitKind.TESTBED)
                        .map(unit -> Map.entry(unit.unitId().value(), unit.name())),
                portfolio.byTestbed().stream().map(c -> Map.entry(c.unitId().value(), c.unitName()))).toList());
        Map<String, String> areas = new TreeMap<>();
        portfolio.byStrategyArea().forEach(c -> areas.put(c.value(), c.value()));
        Map<String, String> phases = new TreeMap<>();
        portfolio.byPhase().forEach(c -> phases.putIfAbsent(c.phase(),
                c.phaseName() == null ? c.phase() : c.phaseName() + " (" + c.phase() + ")"));
        Map<String, String> partners = new TreeMap<>();
        portfolio.byPartner().forEach(c -> partners.put(c.value(), c.value()));
        return new FilterChoices(including(unitNames, filter.unitId()), including(testbeds, filter.testbedUnitId()),
                including(areas, filter.strategyArea()), including(phases, filter.phase()),
                including(partners, filter.partnerName()));
    }

    private static Map<String, String> byName(List<Map.Entry<String, String>> entries) {
        Map<String, String> named = new LinkedHashMap<>();
        entries.stream().sorted(Map.Entry.<String, String>comparingByValue(
                        Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)).thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> named.putIfAbsent(entry.getKey(),
                        entry.getValue() == null ? entry.getKey() : entry.getValue()));
        return named;
    }

    private static Map<String, String> including(Map<String, String> choices, String chosen) {
        if (chosen == null || chosen.isBlank() || choices.containsKey(chosen.strip())) {
            return choices;
        }
        Map<String, String> with = new LinkedHashMap<>(choices);
        with.put(chosen.strip(), chosen.strip());
        return with;
    }
}
