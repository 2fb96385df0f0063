package org.innovationledger.query.accounts;

import org.innovationledger.kernel.accounts.InnovationAccounts.ProjectLine;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.GateDecisionRecorded;
import org.innovationledger.kernel.initiative.GateDecisionRetracted;
import org.innovationledger.kernel.initiative.InitiativeClassified;
import org.innovationledger.kernel.initiative.InitiativeClosed;
import org.innovationledger.kernel.initiative.InitiativeImplemented;
import org.innovationledger.kernel.initiative.InitiativeOrigin;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.innovationledger.kernel.initiative.InitiativeSpread;
import org.innovationledger.kernel.initiative.PilotCompleted;
import org.innovationledger.kernel.initiative.PilotStarted;
import org.innovationledger.kernel.initiative.ResultsPublished;
import org.innovationledger.kernel.need.NeedIdentified;
import org.innovationledger.kernel.need.NeedSource;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.kernel.organisation.OrganisationUnitRenamed;
import org.innovationledger.kernel.process.GateOutcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The region's units, initiatives, gate decisions, pilots and needs as the accounts count them. Only the tenant's
 * own: every other stream is recognised by its id being unknown here.
 */
final class PortfolioTally {

    record Unit(String id, String name, OrganisationUnitKind kind, LocalDate establishedOn) {
    }

    /** An initiative's state at the position and the years anything about it was recorded. */
    static final class Initiative {
        final String id;
        final String title;
        final String unitId;
        final InitiativeOrigin origin;
        final String partnerName;
        String phase;
        String strategyArea;
        String coreArea;
        String innovationType;
        String testbedUnitId;
        final Set<Integer> years = new HashSet<>();

        Initiative(InitiativeRegistered event, int recordedYear) {
            id = event.initiativeId().value();
            title = event.title();
            unitId = event.unitId() == null ? null : event.unitId().value();
            origin = event.origin();
            partnerName = event.partnerName();
            phase = event.phase();
            years.add(recordedYear);
        }

        boolean activeIn(int year) {
            return years.contains(year);
        }
    }

    record Decision(String initiativeId, GateOutcome outcome, LocalDate decidedOn) {
    }

    record Pilot(String initiativeId, String unitId, LocalDate startedOn, LocalDate completedOn, String result) {
    }

    record Dated(String initiativeId, String unitId, LocalDate on, String note) {
    }

    private final TenantId tenant;
    final Map<String, Unit> units = new LinkedHashMap<>();
    final Map<String, Initiative> initiatives = new HashMap<>();
    /** Gate decisions by decision id; a retracted decision is removed (it stands corrected). */
    final Map<String, Decision> decisions = new HashMap<>();
    final Map<String, Pilot> pilots = new HashMap<>();
    final List<Dated> implemented = new ArrayList<>();
    final List<Dated> spread = new ArrayList<>();
    final List<Dated> published = new ArrayList<>();
    private final Map<Integer, List<NeedSource>> needs = new HashMap<>();
    /** The tenant's first REGION unit, whose name (renamed or not) heads the accounts. */
    private String regionUnitId;

    PortfolioTally(TenantId tenant) {
        this.tenant = tenant;
    }

    void apply(LedgerEvent event) {
        Object payload = event.payload();
        if (payload instanceof OrganisationUnitRegistered e) {
            if (e.tenant().equals(tenant)) {
                units.putIfAbsent(e.unitId().value(), new Unit(e.unitId().value(), e.name(), e.kind(),
                        e.establishedOn()));
                if (e.kind() == OrganisationUnitKind.REGION && regionUnitId == null) {
                    regionUnitId = e.unitId().value();
                }
            }
        } else if (payload instanceof OrganisationUnitRenamed e) {
            Unit unit = units.get(e.unitId().value());
            if (unit != null) {
                units.put(unit.id(), new Unit(unit.id(), e.newName(), unit.kind(), unit.establishedOn()));
            }
        } else if (payload instanceof InitiativeRegistered e) {
            if (e.tenant().equals(tenant)) {
                initiatives.putIfAbsent(e.initiativeId().value(), new Initiative(e, event.recordedYear()));
            }
        } else if (payload instanceof NeedIdentified e) {
            if (e.tenant().equals(tenant)) {
                needs.computeIfAbsent(event.recordedYear(), y -> new ArrayList<>()).add(e.source());
            }
        } else {
            applyToInitiative(payload);
        }
    }

    private void applyToInitiative(Object payload) {
        if (payload instanceof InitiativeClassified e) {
            with(e.initiativeId().value(), i -> {
                i.strategyArea = e.strategyArea();
                i.coreArea = e.coreArea();
                i.innovationType = e.innovationType() == null ? null : e.innovationType().name();
                i.testbedUnitId = e.testbedUnitId() == null ? null : e.testbedUnitId().value();
            });
        } else if (payload instanceof GateDecisionRecorded e) {
            with(e.initiativeId().value(), i -> {
                i.phase = e.toPhase();
                i.years.add(e.decidedOn().getYear());
                decisions.put(e.decisionId(), new Decision(i.id, e.outcome(), e.decidedOn()));
            });
        } else if (payload instanceof GateDecisionRetracted e) {
            with(e.initiativeId().value(), i -> {
                i.phase = e.restoredPhase();
                decisions.remove(e.decisionId());
            });
        } else if (payload instanceof PilotStarted e) {
            with(e.initiativeId().value(), i -> {
                i.years.add(e.startedOn().getYear());
                pilots.put(i.id + "/" + e.pilotId(), new Pilot(i.id, e.unitId() == null ? null : e.unitId().value(),
                        e.startedOn(), null, null));
            });
        } else if (payload instanceof PilotCompleted e) {
            with(e.initiativeId().value(), i -> {
                i.years.add(e.completedOn().getYear());
                pilots.computeIfPresent(i.id + "/" + e.pilotId(), (key, pilot) -> new Pilot(pilot.initiativeId(),
                        pilot.unitId(), pilot.startedOn(), e.completedOn(), e.result()));
            });
        } else if (payload instanceof InitiativeImplemented e) {
            with(e.initiativeId().value(), i -> {
                i.years.add(e.implementedOn().getYear());
                implemented.add(new Dated(i.id, e.unitId() == null ? null : e.unitId().value(), e.implementedOn(),
                        null));
            });
        } else if (payload instanceof InitiativeSpread e) {
            with(e.initiativeId().value(), i -> {
                i.years.add(e.spreadOn().getYear());
                spread.add(new Dated(i.id, e.unitId() == null ? null : e.unitId().value(), e.spreadOn(), null));
            });
        } else if (payload instanceof ResultsPublished e) {
            with(e.initiativeId().value(), i -> {
                i.years.add(e.publishedOn().getYear());
                published.add(new Dated(i.id, null, e.publishedOn(), e.title()));
            });
        } else if (payload instanceof InitiativeClosed e) {
            with(e.initiativeId().value(), i -> i.years.add(e.closedOn().getYear()));
        }
    }

    /** Marks an initiative active in a year for a reason recorded elsewhere (a fund application, an agreement). */
    void activeIn(String initiativeId, int year) {
        with(initiativeId, i -> i.years.add(year));
    }

    private void with(String initiativeId, java.util.function.Consumer<Initiative> change) {
        Initiative initiative = initiatives.get(initiativeId);
        if (initiative != null) {
            change.accept(initiative);
        }
    }

    /** The region's name at the position; null when no REGION unit is registered. */
    String regionName() {
        return regionUnitId == null ? null : units.get(regionUnitId).name();
    }

    List<NeedSource> needsIdentifiedIn(int year) {
        return needs.getOrDefault(year, List.of());
    }

    String unitName(String unitId) {
        Unit unit = unitId == null ? null : units.get(unitId);
        return unit == null ? unitId : unit.name();
    }

    /** The line for an initiative: its title, owning unit, strategy area and phase at the position. */
    ProjectLine line(String initiativeId, String unitId, LocalDate on, String note) {
        Initiative i = initiatives.get(initiativeId);
        return new ProjectLine(initiativeId, i.title, unitName(unitId != null ? unitId : i.unitId), i.strategyArea,
                i.phase, on, note);
    }
}
