package org.innovationledger.query.initiative;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeView;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Turns portfolio documents of one owner region into views, naming units as that region names them today (also
 * for a reader the initiative is shared with).
 */
final class InitiativeViews {

    private final Map<String, String> unitNamesToday;

    /** @param unitNamesToday the owner region's unit ids to the names in force today */
    InitiativeViews(Map<String, String> unitNamesToday) {
        this.unitNamesToday = unitNamesToday;
    }

    InitiativeView of(InitiativeDocument initiative) {
        InitiativeDocument.Registration registered = initiative.registration();
        InitiativeProgress progress = initiative.progress();
        InitiativeDelivery delivery = initiative.delivery();
        return new InitiativeView(InitiativeId.of(initiative.id()), TenantId.of(initiative.tenant()),
                initiative.sharedWith().stream().map(TenantId::of).toList(), registered.title(),
                registered.description(), OrganisationUnitId.of(registered.unitId()),
                unitNamesToday.get(registered.unitId()), registered.origin(),
                registered.needId() == null ? null : NeedId.of(registered.needId()), registered.partnerName(),
                registered.caseType(), registered.processModel(), progress.phase(), progress.phaseName(),
                progress.stage(), progress.status(), progress.endingOutcome(), date(progress.lastDecisionOn()),
                classification(initiative.classification()),
                initiative.roles().stream().map(r -> new InitiativeView.RoleHolder(r.role(), r.holder(),
                        unit(r.unitId()))).toList(),
                initiative.onRecord().requirements().isEmpty() ? Set.of()
                        : EnumSet.copyOf(initiative.onRecord().requirements()),
                initiative.onRecord().economicValue(),
                delivery.pilots().stream().map(p -> new InitiativeView.Pilot(p.pilotId(), unit(p.unitId()),
                        date(p.startedOn()), date(p.completedOn()), p.result())).toList(),
                delivery.runningPilots(),
                delivery.implementations().stream()
                        .map(i -> new InitiativeView.Implementation(unit(i.unitId()), date(i.on()))).toList(),
                delivery.spread().stream().map(s -> new InitiativeView.Spread(unit(s.unitId()), date(s.on()))).toList(),
                delivery.publications().stream().map(p -> new InitiativeView.Publication(p.title(), p.channel(),
                        p.reference(), date(p.publishedOn()))).toList(),
                progress.finalEvaluation(), date(progress.closedOn()),
                Instant.parse(registered.registeredAt()), registered.registeredBy(),
                initiative.version(), initiative.position());
    }

    private InitiativeView.Classification classification(InitiativeDocument.Classification c) {
        return new InitiativeView.Classification(c.strategyArea(), c.coreArea(), c.innovationType(),
                c.missions().stream().map(MissionId::of).toList(), unit(c.testbedUnitId()));
    }

    InitiativeView.UnitRef unit(String unitId) {
        return unitId == null ? null : new InitiativeView.UnitRef(OrganisationUnitId.of(unitId), unitNamesToday.get(unitId));
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
