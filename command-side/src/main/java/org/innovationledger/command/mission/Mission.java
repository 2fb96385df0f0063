package org.innovationledger.command.mission;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.innovationledger.command.AggregateVersion;
import org.innovationledger.command.RuleViolationException;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.mission.DefineMission;
import org.innovationledger.kernel.mission.MissionDefined;
import org.innovationledger.kernel.mission.MissionRenamed;
import org.innovationledger.kernel.mission.PrioritiseProgrammeAreas;
import org.innovationledger.kernel.mission.ProgrammeAreasPrioritised;
import org.innovationledger.kernel.mission.RenameMission;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An innovation mission (innovationsmission, Region Hovedstaden): a shared direction with an ambition and
 * today's challenge, under which regional programme areas are prioritised. Initiatives link themselves to
 * missions from their own side.
 */
@Aggregate
public class Mission {

    @AggregateIdentifier
    private String missionId;
    private TenantId tenant;
    private String title;
    private List<String> programmeAreas = List.of();

    protected Mission() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Mission(DefineMission command, @MetaDataValue(LedgerMetadata.TENANT) String tenant) {
        apply(new MissionDefined(command.missionId(), TenantId.of(tenant), command.title(), command.ambition(),
                command.challenge()));
    }

    @CommandHandler
    public long handle(RenameMission command, @MetaDataValue(LedgerMetadata.TENANT) String tenant) {
        requireSameTenant(tenant);
        AggregateVersion.require(command.expectedVersion());
        requireTitleChanges(command.newTitle());
        apply(new MissionRenamed(command.missionId(), title, command.newTitle()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(PrioritiseProgrammeAreas command, @MetaDataValue(LedgerMetadata.TENANT) String tenant) {
        requireSameTenant(tenant);
        AggregateVersion.require(command.expectedVersion());
        requireAreasChange(command.programmeAreas());
        apply(new ProgrammeAreasPrioritised(command.missionId(), command.programmeAreas()));
        return AggregateLifecycle.getVersion();
    }

    private void requireSameTenant(String callerTenant) {
        if (!tenant.value().equals(callerTenant)) {
            throw RuleViolationException.unknown("mission", missionId);
        }
    }

    private void requireTitleChanges(String newTitle) {
        if (title.equals(newTitle)) {
            throw new RuleViolationException("MISSION_TITLE_UNCHANGED", "the mission is already called '" + newTitle + "'");
        }
    }

    /** The order is the priority, so the same areas in another order are a change. */
    private void requireAreasChange(List<String> areas) {
        if (programmeAreas.equals(areas)) {
            throw new RuleViolationException("PROGRAMME_AREAS_UNCHANGED",
                    "these programme areas are already prioritised, in this order");
        }
    }

    @EventSourcingHandler
    void on(MissionDefined event) {
        missionId = event.missionId().value();
        tenant = event.tenant();
        title = event.title();
    }

    @EventSourcingHandler
    void on(MissionRenamed event) {
        title = event.newTitle();
    }

    @EventSourcingHandler
    void on(ProgrammeAreasPrioritised event) {
        programmeAreas = List.copyOf(event.programmeAreas());
    }
}
