package org.innovationledger.command.partner;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.partner.PartnerId;
import org.innovationledger.kernel.partner.PartnerKind;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A fake directory for aggregate tests: knows exactly the partners added to it. */
public final class InMemoryPartnerDirectory implements PartnerDirectory {

    private final Map<PartnerId, KnownPartner> partners = new HashMap<>();

    public InMemoryPartnerDirectory add(PartnerId partnerId, TenantId tenant, PartnerKind kind, String number) {
        partners.put(partnerId, new KnownPartner(partnerId, tenant, kind, number));
        return this;
    }

    public InMemoryPartnerDirectory add(PartnerId partnerId, TenantId tenant) {
        return add(partnerId, tenant, PartnerKind.COMPANY, null);
    }

    @Override
    public Optional<KnownPartner> find(PartnerId partnerId) {
        return Optional.ofNullable(partners.get(partnerId));
    }
}
