package org.innovationledger.command.organisation;

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
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.kernel.organisation.OrganisationUnitRenamed;
import org.innovationledger.kernel.organisation.RegisterOrganisationUnit;
import org.innovationledger.kernel.organisation.RenameOrganisationUnit;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One of the region's own units. Its names are temporal: a rename applies from a date and keeps the past. */
@Aggregate
public class OrganisationUnit {

    @AggregateIdentifier
    private String unitId;
    private TenantId tenant;
    private LocalDate establishedOn;
    /**
     * Name in force from each date on. The registered name is keyed by the establishment date, or by
     * LocalDate.MIN when that is unknown, so no rename can replace it.
     */
    private final TreeMap<LocalDate, String> names = new TreeMap<>();

    protected OrganisationUnit() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public OrganisationUnit(RegisterOrganisationUnit command,
                            @MetaDataValue(LedgerMetadata.TENANT) String tenant,
                            OrganisationUnitDirectory directory) {
        TenantId owner = TenantId.of(tenant);
        requireParentInTenant(command.parentId(), owner, directory);
        apply(new OrganisationUnitRegistered(command.unitId(), owner, command.name(), command.kind(),
                command.parentId(), command.establishedOn()));
    }

    @CommandHandler
    public long handle(RenameOrganisationUnit command, @MetaDataValue(LedgerMetadata.TENANT) String tenant) {
        requireSameTenant(tenant);
        AggregateVersion.require(command.expectedVersion());
        requireNotBeforeEstablishment(command.effectiveFrom());
        requireNoOtherRenameOn(command.effectiveFrom());
        String previous = nameOn(command.effectiveFrom());
        requireNameChanges(previous, command.newName());
        apply(new OrganisationUnitRenamed(command.unitId(), previous, command.newName(), command.effectiveFrom()));
        return AggregateLifecycle.getVersion();
    }

    private static void requireParentInTenant(OrganisationUnitId parentId, TenantId tenant,
                                              OrganisationUnitDirectory directory) {
        if (parentId != null && directory.find(parentId).filter(unit -> unit.tenant().equals(tenant)).isEmpty()) {
            throw new RuleViolationException("PARENT_UNIT_UNKNOWN",
                    "parent unit " + parentId + " is not registered in this tenant");
        }
    }

    private void requireSameTenant(String callerTenant) {
        if (!tenant.value().equals(callerTenant)) {
            throw RuleViolationException.unknown("organisation unit", unitId);
        }
    }

    private void requireNotBeforeEstablishment(LocalDate effectiveFrom) {
        if (establishedOn != null && !effectiveFrom.isAfter(establishedOn)) {
            throw new RuleViolationException("RENAME_BEFORE_ESTABLISHMENT",
                    "the unit was established on " + establishedOn + " under its registered name; a rename must"
                            + " apply from a later date, not " + effectiveFrom);
        }
    }

    private void requireNoOtherRenameOn(LocalDate effectiveFrom) {
        if (names.containsKey(effectiveFrom)) {
            throw new RuleViolationException("RENAME_DATE_TAKEN",
                    "another rename already takes effect on " + effectiveFrom);
        }
    }

    private static void requireNameChanges(String previous, String newName) {
        if (previous.equals(newName)) {
            throw new RuleViolationException("NAME_UNCHANGED", "the unit is already called '" + newName + "' then");
        }
    }

    private String nameOn(LocalDate date) {
        Map.Entry<LocalDate, String> inForce = names.floorEntry(date);
        return inForce != null ? inForce.getValue() : names.firstEntry().getValue();
    }

    @EventSourcingHandler
    void on(OrganisationUnitRegistered event) {
        unitId = event.unitId().value();
        tenant = event.tenant();
        establishedOn = event.establishedOn();
        names.put(establishedOn != null ? establishedOn : LocalDate.MIN, event.name());
    }

    @EventSourcingHandler
    void on(OrganisationUnitRenamed event) {
        names.put(event.effectiveFrom(), event.newName());
    }
}
