package org.innovationledger.command.need;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.need.NeedId;

import java.util.Optional;

/**
 * What an initiative's registration may know about the need it comes from. Answered from the event store.
 */
public interface NeedDirectory {

    Optional<KnownNeed> find(NeedId needId);

    /** @param open false once the need was resolved internally, handed over or referred */
    record KnownNeed(NeedId needId, TenantId tenant, boolean open) {
    }
}
