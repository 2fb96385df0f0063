package org.innovationledger.kernel.value;

import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.Texts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How realised value is shared between the parties ("värdefördelningsprinciper"). The sources name the
 * principles but give no formula, so the rule is what the parties configure: fixed shares per party role that add
 * up to 100 %, plus the payment rule in words (e.g. an outcome-based payment per indicator reached).
 */
public record DistributionRule(List<PartyShare> shares, String paymentRule) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public DistributionRule {
        shares = List.copyOf(Texts.present(shares, "shares are required"));
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("a distribution rule needs at least one party share");
        }
        Set<String> roles = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (PartyShare share : shares) {
            if (!roles.add(share.partyRole().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("party role " + share.partyRole() + " has two shares");
            }
            total = total.add(share.percent());
        }
        if (total.compareTo(HUNDRED) != 0) {
            throw new IllegalArgumentException("party shares must add up to 100 percent, got " + total);
        }
        paymentRule = Texts.optional(paymentRule, "paymentRule", 2000);
    }

    /** The share of the party with this role, if the rule names it. */
    public Optional<BigDecimal> percentFor(String partyRole) {
        return shares.stream().filter(s -> s.partyRole().equalsIgnoreCase(partyRole)).findFirst()
                .map(PartyShare::percent);
    }

    /** What a party with this share gets of {@code total}, to the öre (half up). */
    public static Money shareOf(Money total, BigDecimal percent) {
        return new Money(total.amount().multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP),
                total.currency());
    }
}
