package org.innovationledger.command.partner;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.partner.PartnerId;
import org.innovationledger.kernel.partner.PartnerKind;

import java.util.Optional;

/**
 * What other aggregates may know about a partner organisation when they check a rule that spans aggregates (an
 * agreement's parties must be in the region's partner register). Answered from the event store, never the read
 * side.
 */
public interface PartnerDirectory {

    Optional<KnownPartner> find(PartnerId partnerId);

    /** The facts about a partner that command handlers elsewhere rely on. */
    record KnownPartner(PartnerId partnerId, TenantId tenant, PartnerKind kind, String organisationNumber) {
    }
}
