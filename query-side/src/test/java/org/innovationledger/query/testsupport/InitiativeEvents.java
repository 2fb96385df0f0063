package org.innovationledger.query.testsupport;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.GateDecisionRecorded;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeOrigin;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.process.CaseType;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.kernel.process.ProcessModelRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Appends Initiative aggregate events to an {@link EventLog} as the command side stores them: aggregate type
 * {@code Initiative}, the initiative id as aggregate identifier, ledger metadata with the tenant.
 */
public final class InitiativeEvents {

    private final EventLog log;

    public InitiativeEvents(EventLog log) {
        this.log = log;
    }

    /** A registration from a need, under a model, in the phase given. */
    public static InitiativeRegistered fromNeed(InitiativeId id, TenantId tenant, String title,
                                                OrganisationUnitId unit, ProcessModelRef model, String phase) {
        return new InitiativeRegistered(id, tenant, title, null, unit, InitiativeOrigin.NEED,
                NeedId.of("need-" + id.value()), null, CaseType.INNOVATION, model, phase);
    }

    /** A registration from a partner's offer, under a model, in the phase given. */
    public static InitiativeRegistered fromPartner(InitiativeId id, TenantId tenant, String title,
                                                   OrganisationUnitId unit, String partner, ProcessModelRef model,
                                                   String phase) {
        return new InitiativeRegistered(id, tenant, title, null, unit, InitiativeOrigin.PARTNER_OFFER, null,
                partner, CaseType.INNOVATION, model, phase);
    }

    /** A gate decision by the coordination group, with the decision id the command side would give it. */
    public static GateDecisionRecorded decision(InitiativeId id, int number, String gate, GateOutcome outcome,
                                                String fromPhase, String toPhase, LocalDate decidedOn) {
        return new GateDecisionRecorded(id, id.value() + "-D" + number, gate, outcome, fromPhase, toPhase,
                "Samordningsgruppen", List.of(), "Underlag bedömt", List.of(), decidedOn, null);
    }

    public TrackedEventMessage<?> registered(InitiativeRegistered event, String principal, Instant at) {
        return log.initiativeRegistered(event, principal, at);
    }

    public TrackedEventMessage<?> registered(InitiativeRegistered event) {
        return log.append(EventLog.INITIATIVE_AGGREGATE, event.initiativeId().value(), event,
                EventLog.metadata("carl", event.tenant()), null);
    }

    /** Any later event of an initiative, recorded by "carl" with the default reason and document reference. */
    public TrackedEventMessage<?> then(TenantId tenant, Object event) {
        return then(tenant, event, "carl", Map.of());
    }

    /** Any later event, with metadata entries added or replaced (e.g. another documentRef). */
    public TrackedEventMessage<?> then(TenantId tenant, Object event, String principal, Map<String, ?> metadata) {
        MetaData values = EventLog.metadata(principal, tenant).mergedWith(metadata);
        return log.append(EventLog.INITIATIVE_AGGREGATE, initiativeOf(event).value(), event, values, null);
    }

    private static InitiativeId initiativeOf(Object event) {
        try {
            return (InitiativeId) event.getClass().getMethod("initiativeId").invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(event + " is no initiative event", e);
        }
    }
}
