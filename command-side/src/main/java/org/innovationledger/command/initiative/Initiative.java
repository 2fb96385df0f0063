package org.innovationledger.command.initiative;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.innovationledger.command.RuleViolationException;
import org.innovationledger.command.organisation.OrganisationUnitDirectory;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.innovationledger.kernel.initiative.RegisterInitiative;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The unit of the portfolio: a project or partnership case (innovationssatsning). */
@Aggregate
public class Initiative {

    @AggregateIdentifier
    private String initiativeId;
    private TenantId tenant;

    protected Initiative() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Initiative(RegisterInitiative command,
                      @MetaDataValue(LedgerMetadata.TENANT) String tenant,
                      OrganisationUnitDirectory units) {
        TenantId owner = TenantId.of(tenant);
        requireUnitInTenant(command.unitId(), owner, units);
        apply(new InitiativeRegistered(command.initiativeId(), owner, command.title(), command.description(),
                command.unitId()));
    }

    private static void requireUnitInTenant(OrganisationUnitId unitId, TenantId tenant,
                                            OrganisationUnitDirectory units) {
        if (units.find(unitId).filter(unit -> unit.tenant().equals(tenant)).isEmpty()) {
            throw new RuleViolationException("ORGANISATION_UNIT_UNKNOWN",
                    "organisation unit " + unitId + " is not registered in this tenant");
        }
    }

    @EventSourcingHandler
    void on(InitiativeRegistered event) {
        initiativeId = event.initiativeId().value();
        tenant = event.tenant();
    }
}
