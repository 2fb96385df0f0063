package org.innovationledger.kernel.initiative;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads revision 1 of {@link InitiativeRegistered} as revision 2. Revision 1 knew no process models: such
 * initiatives are read as running under the generic stage-gate, version 1, in its first phase (NEED), from an
 * unspecified origin, as an ordinary innovation case. The stored event is never rewritten.
 */
public class InitiativeRegisteredUpcaster extends SingleEventUpcaster {

    private static final String TYPE = InitiativeRegistered.class.getName();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPE.equals(representation.getType().getName()) && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(TYPE, "2"), JsonNode.class, payload -> {
            ObjectNode event = ((ObjectNode) payload).deepCopy();
            event.put("origin", InitiativeOrigin.UNSPECIFIED.name());
            event.putNull("needId");
            event.putNull("partnerName");
            event.put("caseType", "INNOVATION");
            ObjectNode model = event.putObject("processModel");
            model.put("id", "generic-stage-gate");
            model.put("version", 1);
            event.put("phase", "NEED");
            return event;
        });
    }
}
