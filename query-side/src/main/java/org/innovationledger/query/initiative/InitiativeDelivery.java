package org.innovationledger.query.initiative;

import org.innovationledger.kernel.initiative.InitiativeImplemented;
import org.innovationledger.kernel.initiative.InitiativeSpread;
import org.innovationledger.kernel.initiative.PilotCompleted;
import org.innovationledger.kernel.initiative.PilotStarted;
import org.innovationledger.kernel.initiative.ResultsPublished;

import java.util.ArrayList;
import java.util.List;

/**
 * What an initiative delivered: pilots, implementations, spread and publications, in the order recorded.
 * {@code runningPilots}, {@code inOperationUnits} and {@code spreadUnits} are kept alongside so the portfolio can
 * filter and count by them without reading the lists.
 */
record InitiativeDelivery(List<Pilot> pilots,
                          int runningPilots,
                          List<AtUnit> implementations,
                          List<String> inOperationUnits,
                          List<AtUnit> spread,
                          List<String> spreadUnits,
                          List<Publication> publications) {

    static final InitiativeDelivery NOTHING =
            new InitiativeDelivery(List.of(), 0, List.of(), List.of(), List.of(), List.of(), List.of());

    record Pilot(String pilotId, String unitId, String startedOn, String completedOn, String result) {

        boolean running() {
            return completedOn == null;
        }
    }

    /** Something that happened at a unit on a date. */
    record AtUnit(String unitId, String on) {
    }

    record Publication(String title, String channel, String reference, String publishedOn) {
    }

    InitiativeDelivery started(PilotStarted event) {
        return withPilots(append(pilots, new Pilot(event.pilotId(), event.unitId().value(),
                event.startedOn().toString(), null, null)));
    }

    InitiativeDelivery completed(PilotCompleted event) {
        return withPilots(pilots.stream()
                .map(p -> p.pilotId().equals(event.pilotId()) && p.running()
                        ? new Pilot(p.pilotId(), p.unitId(), p.startedOn(), event.completedOn().toString(),
                        event.result())
                        : p)
                .toList());
    }

    InitiativeDelivery implemented(InitiativeImplemented event) {
        List<AtUnit> next = append(implementations, new AtUnit(event.unitId().value(), event.implementedOn().toString()));
        return new InitiativeDelivery(pilots, runningPilots, next, units(next), spread, spreadUnits, publications);
    }

    InitiativeDelivery spread(InitiativeSpread event) {
        List<AtUnit> next = append(spread, new AtUnit(event.unitId().value(), event.spreadOn().toString()));
        return new InitiativeDelivery(pilots, runningPilots, implementations, inOperationUnits, next, units(next),
                publications);
    }

    InitiativeDelivery published(ResultsPublished event) {
        return new InitiativeDelivery(pilots, runningPilots, implementations, inOperationUnits, spread, spreadUnits,
                append(publications, new Publication(event.title(), event.channel(), event.reference(),
                        event.publishedOn().toString())));
    }

    private InitiativeDelivery withPilots(List<Pilot> next) {
        int running = (int) next.stream().filter(Pilot::running).count();
        return new InitiativeDelivery(next, running, implementations, inOperationUnits, spread, spreadUnits,
                publications);
    }

    private static List<String> units(List<AtUnit> events) {
        return events.stream().map(AtUnit::unitId).distinct().toList();
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> next = new ArrayList<>(list);
        next.add(item);
        return List.copyOf(next);
    }
}
