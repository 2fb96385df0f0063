package org.innovationledger.command.need;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.innovationledger.command.AggregateVersion;
import org.innovationledger.command.RuleViolationException;
import org.innovationledger.command.initiative.InitiativeDirectory;
import org.innovationledger.command.organisation.OrganisationUnitDirectory;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.need.AssignNeedOwner;
import org.innovationledger.kernel.need.CriterionWeight;
import org.innovationledger.kernel.need.HandOverNeed;
import org.innovationledger.kernel.need.IdentifyNeed;
import org.innovationledger.kernel.need.LinkNeedToInitiative;
import org.innovationledger.kernel.need.NeedCriterion;
import org.innovationledger.kernel.need.NeedHandedOver;
import org.innovationledger.kernel.need.NeedIdentified;
import org.innovationledger.kernel.need.NeedLinkedToInitiative;
import org.innovationledger.kernel.need.NeedOwnerAssigned;
import org.innovationledger.kernel.need.NeedPrioritised;
import org.innovationledger.kernel.need.NeedReferred;
import org.innovationledger.kernel.need.NeedResolvedInternally;
import org.innovationledger.kernel.need.NeedStatus;
import org.innovationledger.kernel.need.PrioritiseNeed;
import org.innovationledger.kernel.need.ReferNeed;
import org.innovationledger.kernel.need.ResolveNeedInternally;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A need from care (behov): identified at a unit, owned by a unit (behovsägare), prioritised by must / should /
 * bonus criteria, linked to the initiatives that work on it, and finally resolved internally, handed over or
 * referred. A closed need takes no further changes.
 */
@Aggregate
public class Need {

    @AggregateIdentifier
    private String needId;
    private TenantId tenant;
    private OrganisationUnitId ownerUnitId;
    private final Set<InitiativeId> initiatives = new HashSet<>();
    private NeedStatus status;

    protected Need() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Need(IdentifyNeed command, @MetaDataValue(LedgerMetadata.TENANT) String tenant,
                OrganisationUnitDirectory units) {
        TenantId owner = TenantId.of(tenant);
        requireUnitInTenant(command.unitId(), owner, units);
        apply(new NeedIdentified(command.needId(), owner, command.title(), command.description(), command.source(),
                command.unitId()));
    }

    @CommandHandler
    public long handle(AssignNeedOwner command, @MetaDataValue(LedgerMetadata.TENANT) String tenant,
                       OrganisationUnitDirectory units) {
        requireChangeable(tenant, command.expectedVersion());
        requireUnitInTenant(command.ownerUnitId(), this.tenant, units);
        requireOwnerChanges(command.ownerUnitId());
        apply(new NeedOwnerAssigned(command.needId(), command.ownerUnitId(), ownerUnitId));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(PrioritiseNeed command, @MetaDataValue(LedgerMetadata.TENANT) String tenant) {
        requireChangeable(tenant, command.expectedVersion());
        requireMustCriterion(command.criteria());
        apply(new NeedPrioritised(command.needId(), command.criteria()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(LinkNeedToInitiative command, @MetaDataValue(LedgerMetadata.TENANT) String tenant,
                       InitiativeDirectory initiativeDirectory) {
        requireChangeable(tenant, command.expectedVersion());
        requireInitiativeInTenant(command.initiativeId(), initiativeDirectory);
        requireNotLinked(command.initiativeId());
        apply(new NeedLinkedToInitiative(command.needId(), command.initiativeId()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(ResolveNeedInternally command, @MetaDataValue(LedgerMetadata.TENANT) String tenant) {
        requireChangeable(tenant, command.expectedVersion());
        apply(new NeedResolvedInternally(command.needId(), command.resolution()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(HandOverNeed command, @MetaDataValue(LedgerMetadata.TENANT) String tenant) {
        requireChangeable(tenant, command.expectedVersion());
        apply(new NeedHandedOver(command.needId(), command.receiver(), command.note()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(ReferNeed command, @MetaDataValue(LedgerMetadata.TENANT) String tenant) {
        requireChangeable(tenant, command.expectedVersion());
        apply(new NeedReferred(command.needId(), command.referredTo(), command.note()));
        return AggregateLifecycle.getVersion();
    }

    /** The checks every change after identification starts with; tenant first, so nothing leaks across tenants. */
    private void requireChangeable(String callerTenant, Long expectedVersion) {
        requireSameTenant(callerTenant);
        AggregateVersion.require(expectedVersion);
        requireOpen();
    }

    private static void requireUnitInTenant(OrganisationUnitId unitId, TenantId tenant,
                                            OrganisationUnitDirectory units) {
        if (units.find(unitId).filter(unit -> unit.tenant().equals(tenant)).isEmpty()) {
            throw new RuleViolationException("ORGANISATION_UNIT_UNKNOWN",
                    "organisation unit " + unitId + " is not registered in this tenant");
        }
    }

    private void requireSameTenant(String callerTenant) {
        if (!tenant.value().equals(callerTenant)) {
            throw RuleViolationException.unknown("need", needId);
        }
    }

    private void requireOpen() {
        if (status.isClosed()) {
            throw new RuleViolationException("NEED_CLOSED",
                    "need " + needId + " is closed (" + status + ") and takes no further changes");
        }
    }

    private void requireOwnerChanges(OrganisationUnitId newOwner) {
        if (newOwner.equals(ownerUnitId)) {
            throw new RuleViolationException("NEED_OWNER_UNCHANGED", "unit " + newOwner + " already owns the need");
        }
    }

    private static void requireMustCriterion(List<NeedCriterion> criteria) {
        if (criteria.stream().noneMatch(criterion -> criterion.weight() == CriterionWeight.MUST)) {
            throw new RuleViolationException("NEED_WITHOUT_MUST_CRITERION",
                    "a prioritisation needs at least one MUST criterion (skall-krav)");
        }
    }

    private void requireInitiativeInTenant(InitiativeId initiativeId, InitiativeDirectory directory) {
        if (directory.ownerOf(initiativeId).filter(tenant::equals).isEmpty()) {
            throw new RuleViolationException("INITIATIVE_UNKNOWN_TO_LINK",
                    "initiative " + initiativeId + " is not registered in this tenant");
        }
    }

    private void requireNotLinked(InitiativeId initiativeId) {
        if (initiatives.contains(initiativeId)) {
            throw new RuleViolationException("NEED_ALREADY_LINKED",
                    "need " + needId + " is already linked to initiative " + initiativeId);
        }
    }

    @EventSourcingHandler
    void on(NeedIdentified event) {
        needId = event.needId().value();
        tenant = event.tenant();
        status = NeedStatus.OPEN;
    }

    @EventSourcingHandler
    void on(NeedOwnerAssigned event) {
        ownerUnitId = event.ownerUnitId();
    }

    @EventSourcingHandler
    void on(NeedLinkedToInitiative event) {
        initiatives.add(event.initiativeId());
    }

    @EventSourcingHandler
    void on(NeedResolvedInternally event) {
        status = NeedStatus.RESOLVED_INTERNALLY;
    }

    @EventSourcingHandler
    void on(NeedHandedOver event) {
        status = NeedStatus.HANDED_OVER;
    }

    @EventSourcingHandler
    void on(NeedReferred event) {
        status = NeedStatus.REFERRED;
    }
}
