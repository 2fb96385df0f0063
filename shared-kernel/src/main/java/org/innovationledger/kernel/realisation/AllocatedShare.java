package org.innovationledger.kernel.realisation;

import org.innovationledger.kernel.common.Money;

import java.math.BigDecimal;

/** An allocation as recorded: the party, its role in the agreement, the rule's share for that role, the amount. */
public record AllocatedShare(String partyId, String partyRole, BigDecimal percent, Money amount) {
}
