package org.innovationledger.kernel.initiative;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.innovationledger.kernel.common.LedgerUpcasters;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.process.CaseType;
import org.innovationledger.kernel.process.ProcessModelId;
import org.innovationledger.kernel.process.ProcessModelRef;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Revision 1 of InitiativeRegistered, exactly as the walking skeleton stored it, reads as revision 2. */
class InitiativeRegisteredUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())).build();

    @Test
    void revisionOneReadsAsGenericStageGateFromAnUnspecifiedOrigin() {
        String storedRevisionOne = """
                {"initiativeId":"ini-1","tenant":"region-stockholm","title":"Digitala vårdbesök",
                 "description":null,"unitId":"unit-1"}""";

        InitiativeRegistered event = upcastAndRead(storedRevisionOne, "1");

        assertThat(event).isEqualTo(new InitiativeRegistered(InitiativeId.of("ini-1"), TenantId.of("region-stockholm"),
                "Digitala vårdbesök", null, OrganisationUnitId.of("unit-1"), InitiativeOrigin.UNSPECIFIED, null, null,
                CaseType.INNOVATION, new ProcessModelRef(ProcessModelId.of("generic-stage-gate"), 1), "NEED"));
    }

    @Test
    void revisionTwoIsLeftAlone() {
        InitiativeRegistered current = new InitiativeRegistered(InitiativeId.of("ini-2"), TenantId.of("region-skane"),
                "Egenvård", "d", OrganisationUnitId.of("unit-2"), InitiativeOrigin.PARTNER_OFFER, null, "Bolaget AB",
                CaseType.INNOVATION, new ProcessModelRef(ProcessModelId.of("vll-partnership"), 1), "STEG_X");
        String json = serializer.serialize(current, String.class).getData();

        assertThat(upcastAndRead(json, "2")).isEqualTo(current);
    }

    private InitiativeRegistered upcastAndRead(String payload, String revision) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Initiative", "ini-1", 0, "event-1",
                Instant.parse("2026-11-25T10:00:00Z"), InitiativeRegistered.class.getName(), revision,
                payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        EventUpcasterChain chain = new EventUpcasterChain(LedgerUpcasters.all());
        List<IntermediateEventRepresentation> upcast =
                chain.upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
        assertThat(upcast).hasSize(1);
        SerializedObject<?> data = upcast.get(0).getData();
        assertThat(data.getType().getRevision()).isEqualTo("2");
        return serializer.deserialize(data);
    }
}
