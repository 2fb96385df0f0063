package org.innovationledger.command.initiative;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.innovationledger.command.organisation.InMemoryOrganisationUnitDirectory;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.innovationledger.kernel.initiative.RegisterInitiative;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.innovationledger.command.RuleViolationMatchers.violatesRule;

class InitiativeTest {

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId SKANE = TenantId.of("region-skane");

    private static final InitiativeId INITIATIVE = InitiativeId.of("ini-ai-triage");
    private static final OrganisationUnitId TESTBED = OrganisationUnitId.of("unit-testbed");
    private static final OrganisationUnitId SKANE_CLINIC = OrganisationUnitId.of("unit-skane-clinic");

    private AggregateTestFixture<Initiative> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Initiative.class);
        fixture.registerInjectableResource(new InMemoryOrganisationUnitDirectory()
                .add(TESTBED, STOCKHOLM, OrganisationUnitKind.TESTBED)
                .add(SKANE_CLINIC, SKANE, OrganisationUnitKind.CLINIC));
    }

    private static Map<String, Object> metaData(TenantId tenant) {
        return Map.of(LedgerMetadata.TENANT, tenant.value(),
                LedgerMetadata.PRINCIPAL, "anna.andersson",
                LedgerMetadata.ROLE, "PORTFOLIO_MANAGER",
                LedgerMetadata.REASON, "Ny satsning enligt innovationsrådets beslut");
    }

    @Test
    void initiativeIsRegisteredUnderAUnitOfTheCallersTenant() {
        fixture.givenNoPriorActivity()
                .when(new RegisterInitiative(INITIATIVE, " AI-triage på akuten ", "Pilot i testbädden", TESTBED),
                        metaData(STOCKHOLM))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InitiativeRegistered(INITIATIVE, STOCKHOLM, "AI-triage på akuten",
                        "Pilot i testbädden", TESTBED));
    }

    @Test
    void initiativeWithoutDescriptionIsRegistered() {
        fixture.givenNoPriorActivity()
                .when(new RegisterInitiative(INITIATIVE, "Digital hemmonitorering", "  ", SKANE_CLINIC),
                        metaData(SKANE))
                .expectEvents(new InitiativeRegistered(INITIATIVE, SKANE, "Digital hemmonitorering", null,
                        SKANE_CLINIC));
    }

    @Test
    void unknownUnitIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterInitiative(INITIATIVE, "AI-triage", null, OrganisationUnitId.of("unit-nowhere")),
                        metaData(STOCKHOLM))
                .expectException(violatesRule("ORGANISATION_UNIT_UNKNOWN"))
                .expectExceptionMessage(containsString("unit-nowhere"))
                .expectNoEvents();
    }

    @Test
    void unitOfAnotherTenantIsRefusedAsUnknown() {
        fixture.givenNoPriorActivity()
                .when(new RegisterInitiative(INITIATIVE, "AI-triage", null, SKANE_CLINIC), metaData(STOCKHOLM))
                .expectException(violatesRule("ORGANISATION_UNIT_UNKNOWN"))
                .expectNoEvents();
    }
}
