package org.innovationledger.query.organisation;

import org.innovationledger.kernel.organisation.OrganisationUnitView.UnitName;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A unit's names over time, as stored in read models. {@code effectiveFrom} is an ISO date, or null for the
 * name it was registered with when no establishment date is known.
 */
public record UnitNames(List<Entry> entries) {

    public record Entry(String name, String effectiveFrom) {
    }

    public static UnitNames registered(String name, LocalDate establishedOn) {
        return new UnitNames(List.of(new Entry(name, establishedOn == null ? null : establishedOn.toString())));
    }

    public UnitNames renamed(String newName, LocalDate effectiveFrom) {
        List<Entry> next = new ArrayList<>(entries);
        next.add(new Entry(newName, effectiveFrom.toString()));
        next.sort(Comparator.comparing(Entry::effectiveFrom, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new UnitNames(List.copyOf(next));
    }

    /** The name in force on a date: the latest entry that took effect on or before it, else the first. */
    public String on(LocalDate date) {
        String iso = date.toString();
        String name = entries.get(0).name();
        for (Entry entry : entries) {
            if (entry.effectiveFrom() == null || entry.effectiveFrom().compareTo(iso) <= 0) {
                name = entry.name();
            }
        }
        return name;
    }

    public List<UnitName> asView() {
        return entries.stream()
                .map(e -> new UnitName(e.name(), e.effectiveFrom() == null ? null : LocalDate.parse(e.effectiveFrom())))
                .toList();
    }
}
