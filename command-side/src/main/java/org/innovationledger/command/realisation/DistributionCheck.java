package org.innovationledger.command.realisation;

import org.innovationledger.command.RuleViolationException;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.realisation.AllocatedShare;
import org.innovationledger.kernel.realisation.Allocation;
import org.innovationledger.kernel.value.DistributionRule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a distribution against the rule of the value model version the agreement references: each party gets
 * its role's share of the total, to the öre (one öre of rounding either way, as long as the allocations add up to
 * the total exactly); a party whose role has no share gets nothing; nobody outside the agreement gets anything.
 */
final class DistributionCheck {

    private static final BigDecimal ONE_ORE = new BigDecimal("0.01");

    private DistributionCheck() {
    }

    static List<AllocatedShare> byRule(Money total, List<Allocation> allocations, SettlementTerms terms,
                                       DistributionRule rule) {
        Map<String, Money> given = new HashMap<>();
        Money sum = Money.zero(total.currency());
        for (Allocation allocation : allocations) {
            SettlementTerms.Party party = terms.party(allocation.partyId()).orElseThrow(() -> violation(
                    "ALLOCATION_TO_NON_PARTY", allocation.partyId() + " is not a party to the agreement"));
            if (given.put(party.partyId(), allocation.amount()) != null) {
                throw violation("ALLOCATION_NOT_BY_RULE", party.partyId() + " is allocated twice");
            }
            if (allocation.amount().isNegative()) {
                throw violation("ALLOCATION_NOT_BY_RULE", "an allocation cannot be negative");
            }
            sum = sum.plus(allocation.amount());
        }
        if (sum.compareTo(total) != 0) {
            throw violation("ALLOCATION_NOT_BY_RULE", "the allocations add up to " + sum + ", not " + total);
        }
        List<AllocatedShare> shares = new ArrayList<>();
        for (SettlementTerms.Party party : terms.parties()) {
            BigDecimal percent = rule.percentFor(party.role()).orElse(BigDecimal.ZERO);
            Money expected = DistributionRule.shareOf(total, percent);
            Money actual = given.getOrDefault(party.partyId(), Money.zero(total.currency()));
            if (actual.minus(expected).amount().abs().compareTo(ONE_ORE) > 0) {
                throw violation("ALLOCATION_NOT_BY_RULE", "by the rule " + party.partyId() + " (" + party.role()
                        + ", " + percent.stripTrailingZeros().toPlainString() + " %) gets " + expected + ", not " + actual);
            }
            if (actual.isPositive() || given.containsKey(party.partyId())) {
                shares.add(new AllocatedShare(party.partyId(), party.role(), percent, actual));
            }
        }
        return List.copyOf(shares);
    }

    private static RuleViolationException violation(String rule, String detail) {
        return new RuleViolationException(rule, detail);
    }
}
