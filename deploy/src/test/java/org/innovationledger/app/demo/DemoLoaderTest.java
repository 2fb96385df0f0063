package org.innovationledger.app.demo;

import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.agreement.DraftAgreement;
import org.innovationledger.kernel.partner.PartnerId;
import org.innovationledger.kernel.partner.RegisterPartnerOrganisation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.RuleViolation;
import org.innovationledger.kernel.initiative.RegisterInitiative;
import org.innovationledger.kernel.mission.DefineMission;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The loader without the application: when it loads, what it sends, and that it stops at the first refusal. */
class DemoLoaderTest {

    private final EventStore eventStore = mock(EventStore.class);

    @Test
    void loadsOnlyIntoAStoreWithoutEvents() {
        DemoLoader loader = new DemoLoader(mock(CommandGateway.class), eventStore, true);

        when(eventStore.createHeadToken()).thenReturn(null);
        assertThat(loader.storeIsEmpty()).as("JDBC store without events").isTrue();
        when(eventStore.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(-1));
        assertThat(loader.storeIsEmpty()).as("Axon Server store without events").isTrue();
        when(eventStore.createHeadToken()).thenReturn(GapAwareTrackingToken.newInstance(1, Collections.emptySet()));
        assertThat(loader.storeIsEmpty()).as("one event").isFalse();
        when(eventStore.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(0));
        assertThat(loader.storeIsEmpty()).as("Axon Server store with its first event").isFalse();
    }

    @Test
    void offUnlessEnabledAndNeverIntoAStoreWithEvents() {
        CommandGateway gateway = mock(CommandGateway.class);
        DemoLoader off = new DemoLoader(gateway, eventStore, false);
        off.loadOnStart();
        assertThat(off.result().outcome()).isEqualTo(DemoLoader.Outcome.DISABLED);

        when(eventStore.createHeadToken()).thenReturn(GapAwareTrackingToken.newInstance(7, Collections.emptySet()));
        DemoLoader on = new DemoLoader(gateway, eventStore, true);
        on.loadOnStart();
        assertThat(on.result().outcome()).isEqualTo(DemoLoader.Outcome.SKIPPED_STORE_NOT_EMPTY);
        verifyNoInteractions(gateway);
    }

    /** What the ledger answers to the commands for which it makes the id; null for the rest. */
    private static Object idMadeFor(Object command) {
        if (command instanceof DraftAgreement draft) {
            return AgreementId.forInitiative(draft.initiativeId(), 1);
        }
        return command instanceof RegisterPartnerOrganisation ? PartnerId.generate() : null;
    }

    @Test
    void everyCommandCarriesTheDemoMetadataAndNamesItsSource() {
        List<Object> commands = new ArrayList<>();
        List<MetaData> metaData = new ArrayList<>();
        CommandGateway gateway = mock(CommandGateway.class);
        when(gateway.sendAndWait(any(), any(MetaData.class))).thenAnswer(call -> {
            commands.add(call.getArgument(0));
            metaData.add(call.getArgument(1));
            return idMadeFor(call.getArgument(0));
        });
        DemoLoader loader = new DemoLoader(gateway, eventStore, true);
        loader.loadOnStart();

        assertThat(loader.result().outcome()).isEqualTo(DemoLoader.Outcome.LOADED);
        assertThat(metaData).allSatisfy(m -> {
            assertThat(m).containsEntry(LedgerMetadata.PRINCIPAL, "demo-loader")
                    .containsEntry(LedgerMetadata.ROLE, "DEMO")
                    .containsEntry(LedgerMetadata.DEMO, "true")
                    .containsKeys(LedgerMetadata.TENANT, LedgerMetadata.CORRELATION_ID);
            assertThat((String) m.get(LedgerMetadata.REASON)).startsWith("Demo: ");
            assertThat((String) m.get(LedgerMetadata.DOCUMENT_REF)).isNotBlank().hasSizeLessThanOrEqualTo(200);
            assertThat((String) m.get(LedgerMetadata.CORRELATION_ID)).matches("demo-[a-z0-9-]+");
        });

        Map<String, Integer> initiatives = new TreeMap<>();
        Map<String, Integer> missions = new TreeMap<>();
        for (int i = 0; i < commands.size(); i++) {
            String tenant = (String) metaData.get(i).get(LedgerMetadata.TENANT);
            if (commands.get(i) instanceof RegisterInitiative) {
                initiatives.merge(tenant, 1, Integer::sum);
            }
            if (commands.get(i) instanceof DefineMission) {
                missions.merge(tenant, 1, Integer::sum);
            }
        }
        assertThat(initiatives).isEqualTo(new TreeMap<>(DemoDataTest.INITIATIVES));
        assertThat(missions).isEqualTo(Map.of("region-hovedstaden", 3));
        int total = initiatives.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total).as("on the order of 30-60 initiatives").isBetween(30, 60);
        assertThat(loader.result().commandsByTenant().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(commands.size());
    }

    @Test
    void stopsAtTheFirstRefusedCommandAndSaysWhy() {
        List<Object> sent = new ArrayList<>();
        CommandGateway gateway = mock(CommandGateway.class);
        when(gateway.sendAndWait(any(), any(MetaData.class))).thenAnswer(call -> {
            sent.add(call.getArgument(0));
            if (sent.size() == 3) {
                throw new CommandExecutionException("refused", null,
                        new RuleViolation("PARENT_UNIT_UNKNOWN", "parent unit is not registered", 409));
            }
            return null;
        });
        DemoLoader loader = new DemoLoader(gateway, eventStore, true);
        loader.loadOnStart();

        assertThat(sent).as("nothing is sent after the refusal").hasSize(3);
        assertThat(loader.result().outcome()).isEqualTo(DemoLoader.Outcome.FAILED);
        assertThat(loader.result().failure()).contains("region-stockholm").contains("PARENT_UNIT_UNKNOWN");
        assertThat(loader.result().commandsByTenant()).isEqualTo(Map.of("region-stockholm", 2));
    }
}
