package org.innovationledger.command.initiative;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.initiative.GateDecisionRecorded;
import org.springframework.stereotype.Component;

/**
 * {@code ledger.gate.decisions{outcome,tenant}}: gate decisions this instance recorded since it started, by outcome
 * and region. The group is a subscribing processor (see ledger-command.yml): it sees the events as this instance
 * publishes them, never a replay, so the counter counts decisions, not rebuilds. Prometheus sums the instances.
 */
@Component
@ProcessingGroup(GateDecisionMetrics.GROUP)
class GateDecisionMetrics {

    static final String GROUP = "domain-metrics";

    private final MeterRegistry meters;

    GateDecisionMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventHandler
    void on(GateDecisionRecorded decision, @MetaDataValue(LedgerMetadata.TENANT) String tenant) {
        Counter.builder("ledger.gate.decisions").description("gate decisions recorded, by outcome and region")
                .tag("outcome", decision.outcome().name()).tag("tenant", tenant == null ? "unknown" : tenant)
                .register(meters).increment();
    }
}
