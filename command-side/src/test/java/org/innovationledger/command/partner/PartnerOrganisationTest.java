package org.innovationledger.command.partner;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.partner.PartnerId;
import org.innovationledger.kernel.partner.PartnerKind;
import org.innovationledger.kernel.partner.PartnerOrganisationRegistered;
import org.innovationledger.kernel.partner.PartnerOrganisationRenamed;
import org.innovationledger.kernel.partner.RegisterPartnerOrganisation;
import org.innovationledger.kernel.partner.RenamePartnerOrganisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.innovationledger.command.RuleViolationMatchers.violatesRule;

class PartnerOrganisationTest {

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId SKANE = TenantId.of("region-skane");
    private static final String NUMBER = "556012-5790";
    private static final PartnerId MEDTECH = PartnerId.forOrganisationNumber(STOCKHOLM, "SE", NUMBER);

    private AggregateTestFixture<PartnerOrganisation> fixture;
    private InMemoryPartnerDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PartnerOrganisation.class);
        directory = new InMemoryPartnerDirectory();
        fixture.registerInjectableResource(directory);
    }

    private static Map<String, Object> metaData(TenantId tenant) {
        return Map.of(LedgerMetadata.TENANT, tenant.value(),
                LedgerMetadata.PRINCIPAL, "anna.andersson",
                LedgerMetadata.ROLE, "PORTFOLIO_MANAGER",
                LedgerMetadata.REASON, "Partnerskap inlett");
    }

    private static PartnerOrganisationRegistered registered() {
        return new PartnerOrganisationRegistered(MEDTECH, STOCKHOLM, "Medtech AB", PartnerKind.COMPANY, NUMBER, "SE");
    }

    @Nested
    class Register {

        @Test
        void partnerWithANumberGetsTheIdOfThatNumberInTheCallersRegion() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterPartnerOrganisation(" Medtech AB ", PartnerKind.COMPANY, "5560125790", "se"),
                            metaData(STOCKHOLM))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(MEDTECH.value())
                    .expectEvents(registered());
        }

        @Test
        void theSameNumberInAnotherRegionIsAnotherPartner() {
            PartnerId inSkane = PartnerId.forOrganisationNumber(SKANE, "SE", NUMBER);
            assertThat(inSkane).isNotEqualTo(MEDTECH);
            directory.add(MEDTECH, STOCKHOLM);

            fixture.givenNoPriorActivity()
                    .when(new RegisterPartnerOrganisation("Medtech AB", PartnerKind.COMPANY, NUMBER, "SE"),
                            metaData(SKANE))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new PartnerOrganisationRegistered(inSkane, SKANE, "Medtech AB", PartnerKind.COMPANY,
                            NUMBER, "SE"));
        }

        @Test
        void aNumberAlreadyInTheRegionsRegisterIsRefused() {
            directory.add(MEDTECH, STOCKHOLM, PartnerKind.COMPANY, NUMBER);

            fixture.givenNoPriorActivity()
                    .when(new RegisterPartnerOrganisation("Medtech Sverige AB", PartnerKind.SME, "556012 5790", "SE"),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("PARTNER_ALREADY_REGISTERED"))
                    .expectExceptionMessage(containsString(NUMBER))
                    .expectNoEvents();
        }

        @Test
        void partnerWithoutNumberGetsANewIdAndIsNeverADuplicate() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterPartnerOrganisation("Hjärt- och Lungsjukas förening",
                            PartnerKind.PATIENT_ORGANISATION, null, "SE"), metaData(STOCKHOLM))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            Matchers.<Object>predicate(event -> event instanceof PartnerOrganisationRegistered r
                                    && r.partnerId().value().startsWith("partner-") && !r.partnerId().equals(MEDTECH)
                                    && r.organisationNumber() == null && r.tenant().equals(STOCKHOLM)
                                    && r.kind() == PartnerKind.PATIENT_ORGANISATION),
                            andNoMore())));
        }

        @Test
        void aDanishCvrNumberIsKeptAsEightDigits() {
            PartnerId danish = PartnerId.forOrganisationNumber(STOCKHOLM, "DK", "12345678");
            fixture.givenNoPriorActivity()
                    .when(new RegisterPartnerOrganisation("Dansk Sundhedsteknologi ApS", PartnerKind.START_UP,
                            "DK 1234 5678", "DK"), metaData(STOCKHOLM))
                    .expectEvents(new PartnerOrganisationRegistered(danish, STOCKHOLM, "Dansk Sundhedsteknologi ApS",
                            PartnerKind.START_UP, "12345678", "DK"));
        }
    }

    @Nested
    class Rename {

        @Test
        void renameAppliesFromItsDateAndNamesThePreviousName() {
            fixture.given(registered())
                    .when(new RenamePartnerOrganisation(MEDTECH, "Medtech Nordic AB", LocalDate.of(2023, 5, 1), 0L),
                            metaData(STOCKHOLM))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(1L)
                    .expectEvents(new PartnerOrganisationRenamed(MEDTECH, "Medtech AB", "Medtech Nordic AB",
                            LocalDate.of(2023, 5, 1)));
        }

        @Test
        void anotherRegionsPartnerIsUnknown() {
            fixture.given(registered())
                    .when(new RenamePartnerOrganisation(MEDTECH, "Medtech Nordic AB", LocalDate.of(2023, 5, 1), null),
                            metaData(SKANE))
                    .expectException(violatesRule("PARTNER_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void staleVersionIsRefused() {
            fixture.given(registered())
                    .when(new RenamePartnerOrganisation(MEDTECH, "Medtech Nordic AB", LocalDate.of(2023, 5, 1), 3L),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectNoEvents();
        }

        @Test
        void twoRenamesOnOneDayAreRefused() {
            fixture.given(registered(), new PartnerOrganisationRenamed(MEDTECH, "Medtech AB", "Medtech Nordic AB",
                            LocalDate.of(2023, 5, 1)))
                    .when(new RenamePartnerOrganisation(MEDTECH, "Medtech Norden AB", LocalDate.of(2023, 5, 1), null),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("RENAME_DATE_TAKEN"))
                    .expectNoEvents();
        }

        @Test
        void theNameInForceOnTheDateMustChange() {
            fixture.given(registered(), new PartnerOrganisationRenamed(MEDTECH, "Medtech AB", "Medtech Nordic AB",
                            LocalDate.of(2023, 5, 1)))
                    .when(new RenamePartnerOrganisation(MEDTECH, "Medtech Nordic AB", LocalDate.of(2024, 1, 1), null),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("NAME_UNCHANGED"))
                    .expectNoEvents();
        }
    }
}
