package org.innovationledger.kernel.value;

import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.initiative.InitiativeId;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a value model (värdemodell): the values expected per beneficiary and perspective, the indicators
 * they are followed by, and how realised value is distributed. The VLL pre-study says the first models were built
 * on few indicators and are revised as the parties learn ("prova och ompröva"): every revision is a new version.
 *
 * @param initiativeId the initiative it was worked out for, optional
 */
public record ValueModelDefinition(String name,
                                   InitiativeId initiativeId,
                                   List<ValueItem> items,
                                   List<ValueIndicator> indicators,
                                   DistributionRule distributionRule) {

    public ValueModelDefinition {
        name = Texts.required(name, "value model name", 300);
        items = List.copyOf(Texts.present(items, "items are required"));
        indicators = List.copyOf(indicators == null ? List.of() : indicators);
        Texts.present(distributionRule, "distributionRule is required");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a value model needs at least one value item");
        }
        Set<String> itemIds = new HashSet<>();
        Set<String> currencies = new HashSet<>();
        for (ValueItem item : items) {
            if (!itemIds.add(item.itemId())) {
                throw new IllegalArgumentException("value item id " + item.itemId() + " is used twice");
            }
            if (item.expected() != null) {
                currencies.add(item.expected().currency());
            }
        }
        if (currencies.size() > 1) {
            throw new IllegalArgumentException("expected values must be in one currency, got " + currencies);
        }
        Set<String> indicatorIds = new HashSet<>();
        for (ValueIndicator indicator : indicators) {
            if (!indicatorIds.add(indicator.indicatorId())) {
                throw new IllegalArgumentException("indicator id " + indicator.indicatorId() + " is used twice");
            }
            if (indicator.valueItemId() != null && !itemIds.contains(indicator.valueItemId())) {
                throw new IllegalArgumentException("indicator " + indicator.indicatorId()
                        + " refers to unknown value item " + indicator.valueItemId());
            }
        }
    }

    public Optional<ValueItem> item(String itemId) {
        return items.stream().filter(i -> i.itemId().equals(itemId)).findFirst();
    }

    public Optional<ValueIndicator> indicator(String indicatorId) {
        return indicators.stream().filter(i -> i.indicatorId().equals(indicatorId)).findFirst();
    }
}
