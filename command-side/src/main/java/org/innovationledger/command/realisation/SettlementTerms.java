package org.innovationledger.command.realisation;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.value.ValueModelRef;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What value realisation needs to know of an agreement, as it stands now: the terms it is settled on.
 *
 * @param initiativeId the initiative the agreement belongs to; null if none
 * @param inForce    signed by every party and neither terminated nor expired
 * @param valueModel the value model version the agreement references now; null if none
 * @param parties    every party with its role in the agreement
 * @param followUps  the follow-ups agreed in advance: id to date
 */
public record SettlementTerms(TenantId tenant, InitiativeId initiativeId, boolean inForce, ValueModelRef valueModel, List<Party> parties,
                             Map<String, LocalDate> followUps) {

    public SettlementTerms {
        parties = List.copyOf(parties);
        followUps = Map.copyOf(followUps);
    }

    /** A party: an own organisation unit or a partner organisation, by its id. */
    public record Party(String partyId, String role) {
    }

    public Optional<Party> party(String partyId) {
        return parties.stream().filter(p -> p.partyId().equals(partyId)).findFirst();
    }
}
