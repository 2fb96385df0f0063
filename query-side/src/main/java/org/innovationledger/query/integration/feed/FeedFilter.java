package org.innovationledger.query.integration.feed;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.UnknownSerializedType;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.contract.CloudEventTypes;
import org.innovationledger.query.infra.PublishedEventTypes;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which events a reader of the feed, the stream or a webhook is given: those of one tenant (null: every tenant, an
 * admin's global scope) and, when {@link #eventNames} is not empty, only those event types (by the kernel's simple
 * names).
 */
public record FeedFilter(TenantId tenant, Set<String> eventNames) {

    public FeedFilter {
        eventNames = Set.copyOf(eventNames);
    }

    /**
     * The filter for type parameters as clients give them: simple names ({@code GateDecisionRecorded}) or the
     * CloudEvents types the feed publishes ({@code org.innovationledger.initiative.GateDecisionRecorded.v1}), repeated
     * or comma-separated. An unknown name, or a type of a revision the ledger no longer publishes, is an
     * {@link IllegalArgumentException} that lists what is published.
     */
    public static FeedFilter of(TenantId tenant, Collection<String> types, PublishedEventTypes published) {
        Set<String> names = new TreeSet<>();
        List<String> unknown = new java.util.ArrayList<>();
        for (String value : types == null ? List.<String>of() : types) {
            for (String part : value.split(",")) {
                String type = part.strip();
                if (type.isEmpty()) {
                    continue;
                }
                String name = type.startsWith(CloudEventTypes.PREFIX) ? nameOf(type, published) : type;
                if (name == null) {
                    unknown.add(type);
                } else {
                    names.add(name);
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("type names no event type the ledger publishes: "
                    + String.join(", ", unknown) + ". Give a simple name (GateDecisionRecorded) or a CloudEvents type"
                    + " with the current revision, as listed at /api/events/schemas");
        }
        published.requireKnown("type", names);
        return new FeedFilter(tenant, names);
    }

    private static String nameOf(String cloudEventType, PublishedEventTypes published) {
        return published.all().entrySet().stream()
                .filter(entry -> CloudEventTypes.of(entry.getValue()).equals(cloudEventType))
                .map(java.util.Map.Entry::getKey).findFirst().orElse(null);
    }

    public boolean matches(EventMessage<?> event) {
        if (tenant != null && !Objects.equals(tenant.value(), event.getMetaData().get(LedgerMetadata.TENANT))) {
            return false;
        }
        return eventNames.isEmpty() || eventNames.contains(nameOf(event));
    }

    private static String nameOf(EventMessage<?> event) {
        if (event.getPayload() instanceof UnknownSerializedType unknown) {
            String stored = unknown.serializedType().getName();
            return stored.substring(stored.lastIndexOf('.') + 1);
        }
        return event.getPayloadType().getSimpleName();
    }
}
