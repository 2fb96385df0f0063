package org.innovationledger.query.initiative;

import org.innovationledger.kernel.initiative.EconomicValue;
import org.innovationledger.kernel.initiative.InitiativeClassified;
import org.innovationledger.kernel.initiative.InitiativeOrigin;
import org.innovationledger.kernel.initiative.InitiativeRole;
import org.innovationledger.kernel.initiative.InitiativeRoleAssigned;
import org.innovationledger.kernel.initiative.InnovationType;
import org.innovationledger.kernel.process.CaseType;
import org.innovationledger.kernel.process.EntryRequirement;
import org.innovationledger.kernel.process.ProcessModelId;
import org.innovationledger.kernel.process.ProcessModelRef;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One initiative in the portfolio read model; {@code position} is the last event position applied to it and
 * {@code version} the aggregate version it reached. Dates are ISO text (see {@code Dates.plausible}).
 * {@code tenant} owns it; {@code sharedWith} are the regions it is shared with for reading, in the order shared:
 * queries find it for the owner and for those.
 */
@Document(InitiativeDocument.COLLECTION)
record InitiativeDocument(@Id String id,
                          @Indexed String tenant,
                          @Indexed List<String> sharedWith,
                          Registration registration,
                          InitiativeProgress progress,
                          Classification classification,
                          List<Role> roles,
                          OnRecord onRecord,
                          InitiativeDelivery delivery,
                          long version,
                          long position) {

    static final String COLLECTION = "portfolio_initiatives";

    InitiativeDocument {
        sharedWith = sharedWith == null ? List.of() : List.copyOf(sharedWith); // documents written before sharing
    }

    /**
     * What the registration said; it never changes. {@code registeredAt} is the event's ISO-8601 timestamp as
     * text: a Mongo date would cut it to milliseconds.
     */
    record Registration(String title, String description, String unitId, InitiativeOrigin origin, String needId,
                        String partnerName, CaseType caseType, String processModelId, int processModelVersion,
                        String registeredAt, String registeredBy) {

        ProcessModelRef processModel() {
            return new ProcessModelRef(ProcessModelId.of(processModelId), processModelVersion);
        }
    }

    /** The classification in force: each classification replaces the previous one. */
    record Classification(String strategyArea, String coreArea, InnovationType innovationType, List<String> missions,
                          String testbedUnitId) {

        static final Classification NONE = new Classification(null, null, null, List.of(), null);

        static Classification of(InitiativeClassified event) {
            return new Classification(event.strategyArea(), event.coreArea(), event.innovationType(),
                    event.missions() == null ? List.of() : event.missions().stream().map(m -> m.value()).toList(),
                    event.testbedUnitId() == null ? null : event.testbedUnitId().value());
        }
    }

    record Role(InitiativeRole role, String holder, String unitId) {
    }

    /** Entry requirements the initiative has on record, in their declared order, and the economic value found. */
    record OnRecord(List<EntryRequirement> requirements, EconomicValue economicValue) {

        static final OnRecord NOTHING = new OnRecord(List.of(), null);

        OnRecord with(EntryRequirement requirement) {
            List<EntryRequirement> next = new ArrayList<>(requirements);
            if (!next.contains(requirement)) {
                next.add(requirement);
                next.sort(Comparator.naturalOrder());
            }
            return new OnRecord(List.copyOf(next), economicValue);
        }

        OnRecord valued(EconomicValue value) {
            return new OnRecord(with(EntryRequirement.VALUE_ANALYSIS).requirements(), value);
        }
    }

    InitiativeDocument with(InitiativeProgress next) {
        return new InitiativeDocument(id, tenant, sharedWith, registration, next, classification, roles, onRecord,
                delivery, version, position);
    }

    InitiativeDocument with(Classification next) {
        return new InitiativeDocument(id, tenant, sharedWith, registration, progress, next, roles, onRecord,
                delivery, version, position);
    }

    /** A role has one holder at a time: a new assignment replaces the previous holder. */
    InitiativeDocument with(InitiativeRoleAssigned event) {
        List<Role> next = new ArrayList<>(roles.stream().filter(r -> r.role() != event.role()).toList());
        next.add(new Role(event.role(), event.holder(), event.unitId() == null ? null : event.unitId().value()));
        next.sort(Comparator.comparing(Role::role));
        return new InitiativeDocument(id, tenant, sharedWith, registration, progress, classification,
                List.copyOf(next), onRecord, delivery, version, position);
    }

    InitiativeDocument with(OnRecord next) {
        return new InitiativeDocument(id, tenant, sharedWith, registration, progress, classification, roles, next,
                delivery, version, position);
    }

    InitiativeDocument with(InitiativeDelivery next) {
        return new InitiativeDocument(id, tenant, sharedWith, registration, progress, classification, roles,
                onRecord, next, version, position);
    }

    /** Whether the tenant may read it: it owns it, or it is shared with it. */
    boolean visibleTo(String reader) {
        return tenant.equals(reader) || sharedWith.contains(reader);
    }

    /** Sharing twice with one region cannot happen (the aggregate refuses it); the list stays a set regardless. */
    InitiativeDocument shared(String other) {
        List<String> next = new ArrayList<>(sharedWith);
        if (!next.contains(other)) {
            next.add(other);
        }
        return new InitiativeDocument(id, tenant, List.copyOf(next), registration, progress, classification, roles,
                onRecord, delivery, version, position);
    }

    InitiativeDocument sharingEnded(String other) {
        return new InitiativeDocument(id, tenant, sharedWith.stream().filter(t -> !t.equals(other)).toList(),
                registration, progress, classification, roles, onRecord, delivery, version, position);
    }

    InitiativeDocument at(long nextVersion, long nextPosition) {
        return new InitiativeDocument(id, tenant, sharedWith, registration, progress, classification, roles,
                onRecord, delivery, nextVersion, nextPosition);
    }
}
