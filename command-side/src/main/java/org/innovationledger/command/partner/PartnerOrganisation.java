package org.innovationledger.command.partner;

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
import org.innovationledger.kernel.partner.PartnerId;
import org.innovationledger.kernel.partner.PartnerOrganisationRegistered;
import org.innovationledger.kernel.partner.PartnerOrganisationRenamed;
import org.innovationledger.kernel.partner.RegisterPartnerOrganisation;
import org.innovationledger.kernel.partner.RenamePartnerOrganisation;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An external partner organisation in one region's partner register (company, SME, start-up, academia,
 * municipality, patient organisation, funder). Each region keeps its own register: a partner registered by one
 * region is unknown to the others. Names are temporal, like the region's own units'.
 */
@Aggregate
public class PartnerOrganisation {

    @AggregateIdentifier
    private String partnerId;
    private TenantId tenant;
    /** Name in force from each date on; the registered name is keyed by LocalDate.MIN. */
    private final TreeMap<LocalDate, String> names = new TreeMap<>();

    protected PartnerOrganisation() {
        // for Axon: rebuilt from its events
    }

    /** The command's result is the new partner's id. */
    @CommandHandler
    public PartnerOrganisation(RegisterPartnerOrganisation command, @MetaDataValue(LedgerMetadata.TENANT) String tenant,
                               PartnerDirectory directory) {
        TenantId owner = TenantId.of(tenant);
        PartnerId id = command.organisationNumber() == null ? PartnerId.generate()
                : PartnerId.forOrganisationNumber(owner, command.country(), command.organisationNumber());
        requireNumberNotRegistered(command, id, directory);
        apply(new PartnerOrganisationRegistered(id, owner, command.name(), command.kind(),
                command.organisationNumber(), command.country()));
    }

    @CommandHandler
    public long handle(RenamePartnerOrganisation command, @MetaDataValue(LedgerMetadata.TENANT) String tenant) {
        requireSameTenant(tenant);
        AggregateVersion.require(command.expectedVersion());
        requireNoOtherRenameOn(command.effectiveFrom());
        String previous = nameOn(command.effectiveFrom());
        requireNameChanges(previous, command.newName());
        apply(new PartnerOrganisationRenamed(command.partnerId(), previous, command.newName(), command.effectiveFrom()));
        return AggregateLifecycle.getVersion();
    }

    /**
     * An organisation number is registered once per region. The id is derived from region and number, so the
     * directory reads one stream; two registrations racing for the same number collide on the event store's
     * unique key, and the retry finds the winner's registration.
     */
    private static void requireNumberNotRegistered(RegisterPartnerOrganisation command, PartnerId id,
                                                   PartnerDirectory directory) {
        if (command.organisationNumber() != null && directory.find(id).isPresent()) {
            throw new RuleViolationException("PARTNER_ALREADY_REGISTERED", "organisation number "
                    + command.organisationNumber() + " (" + command.country() + ") is already in this region's"
                    + " partner register as " + id);
        }
    }

    private void requireSameTenant(String callerTenant) {
        if (!tenant.value().equals(callerTenant)) {
            throw RuleViolationException.unknown("partner", partnerId);
        }
    }

    private void requireNoOtherRenameOn(LocalDate effectiveFrom) {
        if (names.containsKey(effectiveFrom)) {
            throw new RuleViolationException("RENAME_DATE_TAKEN", "another rename already takes effect on "
                    + effectiveFrom);
        }
    }

    private static void requireNameChanges(String previous, String newName) {
        if (previous.equals(newName)) {
            throw new RuleViolationException("NAME_UNCHANGED", "the partner is already called '" + newName + "' then");
        }
    }

    private String nameOn(LocalDate date) {
        Map.Entry<LocalDate, String> inForce = names.floorEntry(date);
        return inForce != null ? inForce.getValue() : names.firstEntry().getValue();
    }

    @EventSourcingHandler
    void on(PartnerOrganisationRegistered event) {
        partnerId = event.partnerId().value();
        tenant = event.tenant();
        names.put(LocalDate.MIN, event.name());
    }

    @EventSourcingHandler
    void on(PartnerOrganisationRenamed event) {
        names.put(event.effectiveFrom(), event.newName());
    }
}
