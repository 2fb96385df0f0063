package org.innovationledger.command.value;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.innovationledger.command.RuleViolationException;
import org.innovationledger.command.initiative.InitiativeDirectory;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.value.DefineValueModel;
import org.innovationledger.kernel.value.ReviseValueModel;
import org.innovationledger.kernel.value.ValueModelDefined;
import org.innovationledger.kernel.value.ValueModelDefinition;
import org.innovationledger.kernel.value.ValueModelId;
import org.innovationledger.kernel.value.ValueModelRevised;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.innovationledger.command.value.ValueModels.TILLSYN;

class ValueModelTest {

    private static final TenantId VASTERBOTTEN = TenantId.of("region-vasterbotten");
    private static final TenantId SKANE = TenantId.of("region-skane");
    private static final ValueModelId MODEL = ValueModelId.of("vm-digital-tillsyn");

    private AggregateTestFixture<ValueModel> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ValueModel.class);
        InitiativeDirectory initiatives = id -> id.equals(TILLSYN) ? Optional.of(VASTERBOTTEN) : Optional.empty();
        fixture.registerInjectableResource(initiatives);
    }

    private static Map<String, Object> metaData(TenantId tenant) {
        return Map.of(LedgerMetadata.TENANT, tenant.value(), LedgerMetadata.PRINCIPAL, "eva.lund",
                LedgerMetadata.ROLE, "PORTFOLIO_MANAGER", LedgerMetadata.REASON, "Värdeanalys STEG 3");
    }

    @Test
    void aDefinedModelIsVersionOne() {
        fixture.givenNoPriorActivity()
                .when(new DefineValueModel(MODEL, ValueModels.first()), metaData(VASTERBOTTEN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ValueModelDefined(MODEL, VASTERBOTTEN, 1, ValueModels.first()));
    }

    @Test
    void aModelForAnInitiativeOfAnotherTenantIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new DefineValueModel(MODEL, ValueModels.first()), metaData(SKANE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("initiative " + TILLSYN + " is not registered in this tenant")
                .expectNoEvents();
    }

    @Test
    void aModelNeedNotBelongToAnInitiative() {
        ValueModelDefinition general = new ValueModelDefinition("Generell modell", null, ValueModels.first().items(),
                ValueModels.first().indicators(), ValueModels.first().distributionRule());
        fixture.givenNoPriorActivity()
                .when(new DefineValueModel(MODEL, general), metaData(SKANE))
                .expectEvents(new ValueModelDefined(MODEL, SKANE, 1, general));
    }

    @Test
    void aRevisionIsTheNextVersionWithItsChangeNote() {
        fixture.given(new ValueModelDefined(MODEL, VASTERBOTTEN, 1, ValueModels.first()))
                .when(new ReviseValueModel(MODEL, ValueModels.second(), "Ny indikator efter första uppföljningen", 0L),
                        metaData(VASTERBOTTEN))
                .expectEvents(new ValueModelRevised(MODEL, 2, ValueModels.second(),
                        "Ny indikator efter första uppföljningen"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void anUnchangedRevisionIsRefused() {
        fixture.given(new ValueModelDefined(MODEL, VASTERBOTTEN, 1, ValueModels.first()))
                .when(new ReviseValueModel(MODEL, ValueModels.first(), "samma", null), metaData(VASTERBOTTEN))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("version 1 of value model " + MODEL + " already has this definition")
                .expectNoEvents();
    }

    @Test
    void anotherTenantCannotReviseItAndLearnsNothing() {
        fixture.given(new ValueModelDefined(MODEL, VASTERBOTTEN, 1, ValueModels.first()))
                .when(new ReviseValueModel(MODEL, ValueModels.second(), "x", null), metaData(SKANE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("no value model " + MODEL + " in this tenant")
                .expectNoEvents();
    }

    @Test
    void aStaleVersionIsRefused() {
        fixture.given(new ValueModelDefined(MODEL, VASTERBOTTEN, 1, ValueModels.first()),
                        new ValueModelRevised(MODEL, 2, ValueModels.second(), "v2"))
                .when(new ReviseValueModel(MODEL, ValueModels.first(), "tillbaka", 0L), metaData(VASTERBOTTEN))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void aRevisionMayNotMoveTheModelToAnInitiativeOfAnotherTenant() {
        ValueModelDefinition elsewhere = new ValueModelDefinition("Flyttad", InitiativeId.of("ini-skane-app"),
                ValueModels.first().items(), ValueModels.first().indicators(), ValueModels.first().distributionRule());
        fixture.given(new ValueModelDefined(MODEL, VASTERBOTTEN, 1, ValueModels.first()))
                .when(new ReviseValueModel(MODEL, elsewhere, "flytta", null), metaData(VASTERBOTTEN))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }
}
