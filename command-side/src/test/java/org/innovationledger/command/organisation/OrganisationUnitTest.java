package org.innovationledger.command.organisation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.kernel.organisation.OrganisationUnitRenamed;
import org.innovationledger.kernel.organisation.RegisterOrganisationUnit;
import org.innovationledger.kernel.organisation.RenameOrganisationUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.innovationledger.command.RuleViolationMatchers.violatesRule;

class OrganisationUnitTest {

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId SKANE = TenantId.of("region-skane");

    private static final OrganisationUnitId UNIT = OrganisationUnitId.of("unit-karolinska");
    private static final OrganisationUnitId PARENT = OrganisationUnitId.of("unit-hsn");
    private static final OrganisationUnitId FOREIGN_PARENT = OrganisationUnitId.of("unit-skane-board");

    private static final LocalDate ESTABLISHED = LocalDate.of(2000, 1, 1);

    private AggregateTestFixture<OrganisationUnit> fixture;
    private InMemoryOrganisationUnitDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OrganisationUnit.class);
        directory = new InMemoryOrganisationUnitDirectory()
                .add(PARENT, STOCKHOLM, OrganisationUnitKind.BOARD)
                .add(FOREIGN_PARENT, SKANE, OrganisationUnitKind.BOARD);
        fixture.registerInjectableResource(directory);
    }

    private static Map<String, Object> metaData(TenantId tenant) {
        return Map.of(LedgerMetadata.TENANT, tenant.value(),
                LedgerMetadata.PRINCIPAL, "anna.andersson",
                LedgerMetadata.ROLE, "PORTFOLIO_MANAGER",
                LedgerMetadata.REASON, "Beslut i hälso- och sjukvårdsnämnden",
                LedgerMetadata.DOCUMENT_REF, "RS 2019-0672");
    }

    private static OrganisationUnitRegistered registered() {
        return new OrganisationUnitRegistered(UNIT, STOCKHOLM, "Landstinget", OrganisationUnitKind.REGION,
                null, ESTABLISHED);
    }

    @Nested
    class Register {

        @Test
        void topLevelUnitIsRegisteredInTheCallersTenant() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisationUnit(UNIT, "  Karolinska Universitetssjukhuset ",
                            OrganisationUnitKind.HOSPITAL, null, ESTABLISHED), metaData(STOCKHOLM))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new OrganisationUnitRegistered(UNIT, STOCKHOLM, "Karolinska Universitetssjukhuset",
                            OrganisationUnitKind.HOSPITAL, null, ESTABLISHED));
        }

        @Test
        void tenantComesFromMetadataNotFromTheCommand() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisationUnit(UNIT, "Skånes universitetssjukhus",
                            OrganisationUnitKind.HOSPITAL, null, ESTABLISHED), metaData(SKANE))
                    .expectEvents(new OrganisationUnitRegistered(UNIT, SKANE, "Skånes universitetssjukhus",
                            OrganisationUnitKind.HOSPITAL, null, ESTABLISHED));
        }

        @Test
        void unitWithoutEstablishmentDateIsRegisteredAsGiven() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisationUnit(UNIT, "Testbädd", OrganisationUnitKind.TESTBED, null, null),
                            metaData(STOCKHOLM))
                    .expectEvents(new OrganisationUnitRegistered(UNIT, STOCKHOLM, "Testbädd",
                            OrganisationUnitKind.TESTBED, null, null));
        }

        @Test
        void unitUnderParentOfTheSameTenantIsRegistered() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisationUnit(UNIT, "Karolinska", OrganisationUnitKind.HOSPITAL, PARENT,
                            ESTABLISHED), metaData(STOCKHOLM))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new OrganisationUnitRegistered(UNIT, STOCKHOLM, "Karolinska",
                            OrganisationUnitKind.HOSPITAL, PARENT, ESTABLISHED));
        }

        @Test
        void unknownParentIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisationUnit(UNIT, "Karolinska", OrganisationUnitKind.HOSPITAL,
                            OrganisationUnitId.of("unit-nowhere"), ESTABLISHED), metaData(STOCKHOLM))
                    .expectException(violatesRule("PARENT_UNIT_UNKNOWN"))
                    .expectExceptionMessage(containsString("unit-nowhere"))
                    .expectNoEvents();
        }

        @Test
        void parentInAnotherTenantIsRefusedAsUnknown() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisationUnit(UNIT, "Karolinska", OrganisationUnitKind.HOSPITAL,
                            FOREIGN_PARENT, ESTABLISHED), metaData(STOCKHOLM))
                    .expectException(violatesRule("PARENT_UNIT_UNKNOWN"))
                    .expectNoEvents();
        }

        @Test
        void parentIsAcceptedForItsOwnTenant() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisationUnit(UNIT, "SUS", OrganisationUnitKind.HOSPITAL,
                            FOREIGN_PARENT, ESTABLISHED), metaData(SKANE))
                    .expectEvents(new OrganisationUnitRegistered(UNIT, SKANE, "SUS",
                            OrganisationUnitKind.HOSPITAL, FOREIGN_PARENT, ESTABLISHED));
        }
    }

    @Nested
    class Rename {

        @Test
        void renameCarriesTheFormerNameAndAnswersTheNewVersion() {
            LocalDate from = LocalDate.of(2019, 1, 1);
            fixture.given(registered())
                    .when(new RenameOrganisationUnit(UNIT, "Region Stockholm", from, null), metaData(STOCKHOLM))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new OrganisationUnitRenamed(UNIT, "Landstinget", "Region Stockholm", from))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void secondRenameCarriesTheNameOfTheFirstRename() {
            fixture.given(registered(),
                            new OrganisationUnitRenamed(UNIT, "Landstinget", "Region A", LocalDate.of(2010, 1, 1)))
                    .when(new RenameOrganisationUnit(UNIT, "Region B", LocalDate.of(2020, 1, 1), null),
                            metaData(STOCKHOLM))
                    .expectEvents(new OrganisationUnitRenamed(UNIT, "Region A", "Region B", LocalDate.of(2020, 1, 1)))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void retroactiveRenameBetweenEarlierRenamesCarriesTheNameInForceOnItsDate() {
            LocalDate between = LocalDate.of(2015, 6, 1);
            fixture.given(registered(),
                            new OrganisationUnitRenamed(UNIT, "Landstinget", "Region A", LocalDate.of(2010, 1, 1)),
                            new OrganisationUnitRenamed(UNIT, "Region A", "Region C", LocalDate.of(2020, 1, 1)))
                    .when(new RenameOrganisationUnit(UNIT, "Region B", between, null), metaData(STOCKHOLM))
                    .expectEvents(new OrganisationUnitRenamed(UNIT, "Region A", "Region B", between))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void retroactiveRenameBeforeTheFirstRenameCarriesTheRegisteredName() {
            LocalDate early = LocalDate.of(2005, 3, 1);
            fixture.given(registered(),
                            new OrganisationUnitRenamed(UNIT, "Landstinget", "Region A", LocalDate.of(2010, 1, 1)))
                    .when(new RenameOrganisationUnit(UNIT, "Läns landsting", early, null), metaData(STOCKHOLM))
                    .expectEvents(new OrganisationUnitRenamed(UNIT, "Landstinget", "Läns landsting", early))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void renameOnTheDayAfterARenameCarriesThatRenamesName() {
            fixture.given(registered(),
                            new OrganisationUnitRenamed(UNIT, "Landstinget", "Region A", LocalDate.of(2010, 1, 1)))
                    .when(new RenameOrganisationUnit(UNIT, "Region B", LocalDate.of(2010, 1, 2), null),
                            metaData(STOCKHOLM))
                    .expectEvents(new OrganisationUnitRenamed(UNIT, "Region A", "Region B", LocalDate.of(2010, 1, 2)));
        }

        @Test
        void unitOfAnotherTenantIsReportedUnknown() {
            fixture.given(registered())
                    .when(new RenameOrganisationUnit(UNIT, "Region Skåne", LocalDate.of(2019, 1, 1), null),
                            metaData(SKANE))
                    .expectException(violatesRule("ORGANISATION_UNIT_UNKNOWN", 404))
                    .expectExceptionMessage(containsString(UNIT.value()))
                    .expectNoEvents();
        }

        @Test
        void tenantIsCheckedBeforeTheVersionSoNothingLeaksAboutOtherTenants() {
            fixture.given(registered())
                    .when(new RenameOrganisationUnit(UNIT, "Region Skåne", LocalDate.of(2019, 1, 1), 7L),
                            metaData(SKANE))
                    .expectException(violatesRule("ORGANISATION_UNIT_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void staleExpectedVersionIsRefusedWith412() {
            fixture.given(registered(),
                            new OrganisationUnitRenamed(UNIT, "Landstinget", "Region A", LocalDate.of(2010, 1, 1)))
                    .when(new RenameOrganisationUnit(UNIT, "Region B", LocalDate.of(2020, 1, 1), 0L),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectExceptionMessage("expected version 0 but the aggregate is at version 1")
                    .expectNoEvents();
        }

        @Test
        void expectedVersionAheadOfTheAggregateIsRefusedToo() {
            fixture.given(registered())
                    .when(new RenameOrganisationUnit(UNIT, "Region B", LocalDate.of(2020, 1, 1), 5L),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectNoEvents();
        }

        @Test
        void correctExpectedVersionIsAccepted() {
            fixture.given(registered(),
                            new OrganisationUnitRenamed(UNIT, "Landstinget", "Region A", LocalDate.of(2010, 1, 1)))
                    .when(new RenameOrganisationUnit(UNIT, "Region B", LocalDate.of(2020, 1, 1), 1L),
                            metaData(STOCKHOLM))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new OrganisationUnitRenamed(UNIT, "Region A", "Region B", LocalDate.of(2020, 1, 1)))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void renameToTheNameInForceIsRefused() {
            fixture.given(registered())
                    .when(new RenameOrganisationUnit(UNIT, " Landstinget ", LocalDate.of(2019, 1, 1), null),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("NAME_UNCHANGED"))
                    .expectNoEvents();
        }

        @Test
        void retroactiveRenameToTheNameInForceOnThatDateIsRefused() {
            fixture.given(registered(),
                            new OrganisationUnitRenamed(UNIT, "Landstinget", "Region A", LocalDate.of(2010, 1, 1)),
                            new OrganisationUnitRenamed(UNIT, "Region A", "Region C", LocalDate.of(2020, 1, 1)))
                    .when(new RenameOrganisationUnit(UNIT, "Region A", LocalDate.of(2015, 6, 1), null),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("NAME_UNCHANGED"))
                    .expectNoEvents();
        }

        @Test
        void renameBeforeEstablishmentIsRefused() {
            fixture.given(registered())
                    .when(new RenameOrganisationUnit(UNIT, "Region Stockholm", ESTABLISHED.minusDays(1), null),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("RENAME_BEFORE_ESTABLISHMENT"))
                    .expectExceptionMessage(containsString("1999-12-31"))
                    .expectNoEvents();
        }

        @Test
        void renameOnTheEstablishmentDateCannotReplaceTheRegisteredName() {
            fixture.given(registered())
                    .when(new RenameOrganisationUnit(UNIT, "Region B", ESTABLISHED, null), metaData(STOCKHOLM))
                    .expectException(violatesRule("RENAME_BEFORE_ESTABLISHMENT"))
                    .expectNoEvents();
        }

        @Test
        void renameOnTheDateOfAnEarlierRenameIsRefused() {
            LocalDate taken = LocalDate.of(2010, 1, 1);
            fixture.given(registered(), new OrganisationUnitRenamed(UNIT, "Landstinget", "Region A", taken))
                    .when(new RenameOrganisationUnit(UNIT, "Region B", taken, null), metaData(STOCKHOLM))
                    .expectException(violatesRule("RENAME_DATE_TAKEN"))
                    .expectExceptionMessage(containsString("2010-01-01"))
                    .expectNoEvents();
        }
    }
}
