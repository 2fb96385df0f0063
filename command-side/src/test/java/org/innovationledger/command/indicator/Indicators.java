package org.innovationledger.command.indicator;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.indicator.IndicatorDefinition;
import org.innovationledger.kernel.indicator.IndicatorId;
import org.innovationledger.kernel.indicator.IndicatorKind;
import org.innovationledger.kernel.indicator.Threshold;
import org.innovationledger.kernel.indicator.ThresholdComparison;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Region Stockholm's two decided indicators, and a fake catalogue for aggregate tests. */
final class Indicators {

    static final String METHODS_WORDING = "Nämnder/bolag har infört metoder och verktyg för att arbeta med"
            + " innovationer på ett systematiskt sätt i den egna verksamheten";

    private Indicators() {
    }

    static IndicatorDefinition methods() {
        return new IndicatorDefinition(METHODS_WORDING, IndicatorKind.BOOLEAN_SHARE, "andel nämnder och bolag (%)",
                null, null, null, null);
    }

    static IndicatorDefinition maturity() {
        return new IndicatorDefinition("Innovationsgrad/Innovationsmognad", IndicatorKind.SCALE_1_5, "nivå 1–5",
                null, List.of("Nivå 1", "Nivå 2", "Nivå 3", "Nivå 4", "Nivå 5"),
                new Threshold(BigDecimal.valueOf(2), ThresholdComparison.ABOVE), "Nivåtexterna är illustrativa");
    }

    static IndicatorDefinition of(IndicatorKind kind) {
        return switch (kind) {
            case BOOLEAN_SHARE -> methods();
            case SCALE_1_5 -> maturity();
            case COUNT -> new IndicatorDefinition("Inkomna idéer", kind, "st", null, null, null, null);
            case NUMBER -> new IndicatorDefinition("Svarstid", kind, "arbetsdagar", null, null, null, null);
        };
    }

    /** Knows exactly the versions added to it. */
    static final class InMemoryCatalogue implements IndicatorCatalogue {

        private final Map<IndicatorId, TenantId> owners = new HashMap<>();
        private final Map<IndicatorId, Map<Integer, IndicatorDefinition>> versions = new HashMap<>();

        InMemoryCatalogue add(TenantId tenant, IndicatorId id, int version, IndicatorDefinition definition) {
            owners.put(id, tenant);
            versions.computeIfAbsent(id, i -> new HashMap<>()).put(version, definition);
            return this;
        }

        @Override
        public boolean exists(TenantId tenant, IndicatorId indicatorId) {
            return tenant.equals(owners.get(indicatorId));
        }

        @Override
        public Optional<KnownIndicator> find(TenantId tenant, IndicatorId indicatorId, Integer version) {
            if (!exists(tenant, indicatorId)) {
                return Optional.empty();
            }
            Map<Integer, IndicatorDefinition> all = versions.get(indicatorId);
            int wanted = version != null ? version : all.keySet().stream().max(Integer::compare).orElseThrow();
            return Optional.ofNullable(all.get(wanted)).map(d -> new KnownIndicator(indicatorId, wanted, d));
        }
    }
}
