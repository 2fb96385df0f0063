package org.innovationledger.command.accounts;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.innovationledger.command.infra.LedgerCalendar;
import org.innovationledger.kernel.accounts.AccountsSection;
import org.innovationledger.kernel.accounts.InnovationAccountsEditionId;
import org.innovationledger.kernel.accounts.InnovationAccountsEditionPublished;
import org.innovationledger.kernel.accounts.NarrativeText;
import org.innovationledger.kernel.accounts.PublishInnovationAccountsEdition;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.innovationledger.command.RuleViolationMatchers.violatesRule;

/** Region Stockholm publishes its Innovationsbokslut 2021 in the spring of 2022. */
class InnovationAccountsEditionTest {

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final InnovationAccountsEditionId EDITION = InnovationAccountsEditionId.of("accounts-2021-1");
    private static final LocalDate TODAY = LocalDate.of(2022, 3, 1);
    private static final long HEAD = 1055;

    private static final NarrativeText SUMMARY = new NarrativeText(AccountsSection.BACKGROUND_AND_SUMMARY,
            "Region Stockholms innovationsstrategi syftar till att skapa förutsättningar för innovation.");
    private static final NarrativeText FUND = new NarrativeText(AccountsSection.INTERNAL_DEVELOPMENT,
            "Innovationsfonden har fördelat 15 miljoner kronor två gånger per år.");
    private static final NarrativeText PARTNERS = new NarrativeText(AccountsSection.COLLABORATION,
            "Samverkan med akademi, näringsliv och andra regioner.");

    private AggregateTestFixture<InnovationAccountsEdition> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(HEAD);
    }

    /** The head is fixed per fixture: a scenario with another ledger needs its own. */
    private static AggregateTestFixture<InnovationAccountsEdition> fixture(long head) {
        AggregateTestFixture<InnovationAccountsEdition> fixture =
                new AggregateTestFixture<>(InnovationAccountsEdition.class);
        fixture.registerInjectableResource((LedgerHead) () -> head);
        fixture.registerInjectableResource(LedgerCalendar.fixed(TODAY));
        return fixture;
    }

    private static Map<String, Object> metaData(TenantId tenant) {
        return Map.of(LedgerMetadata.TENANT, tenant.value(),
                LedgerMetadata.PRINCIPAL, "innovationsstrateg",
                LedgerMetadata.ROLE, "PORTFOLIO_MANAGER",
                LedgerMetadata.DOCUMENT_REF, "RS 2022-0123");
    }

    private static PublishInnovationAccountsEdition publish(int year, Long position, NarrativeText... narrative) {
        return new PublishInnovationAccountsEdition(EDITION, year, null, null, List.of(narrative), position);
    }

    private static InnovationAccountsEditionPublished published(int year, long position,
                                                                NarrativeText... narrative) {
        return new InnovationAccountsEditionPublished(EDITION, STOCKHOLM, year, "Innovationsbokslut " + year, "sv",
                List.of(narrative), position);
    }

    @Nested
    class Publish {

        @Test
        void withoutAPositionTheEditionIsBuiltAtTheLedgersNewestEventAndAnswersItsId() {
            fixture.givenNoPriorActivity()
                    .when(publish(2021, null), metaData(STOCKHOLM))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(EDITION.value())
                    .expectEvents(published(2021, HEAD));
        }

        @Test
        void anEarlierPositionIsKeptAsGivenWithTitleAndLanguage() {
            fixture.givenNoPriorActivity()
                    .when(new PublishInnovationAccountsEdition(EDITION, 2021, "Innovation accounts 2021", "EN",
                            List.of(), 812L), metaData(STOCKHOLM))
                    .expectEvents(new InnovationAccountsEditionPublished(EDITION, STOCKHOLM, 2021,
                            "Innovation accounts 2021", "en", List.of(), 812));
        }

        @Test
        void theNewestEventItselfAndTheFirstAreValidPositions() {
            fixture.givenNoPriorActivity()
                    .when(publish(2021, HEAD), metaData(STOCKHOLM))
                    .expectEvents(published(2021, HEAD));
            fixture.givenNoPriorActivity()
                    .when(publish(2021, 0L), metaData(STOCKHOLM))
                    .expectEvents(published(2021, 0));
        }

        @Test
        void aPositionAheadOfTheLedgerIsRefusedNamingBoth() {
            fixture.givenNoPriorActivity()
                    .when(publish(2021, HEAD + 1), metaData(STOCKHOLM))
                    .expectException(violatesRule("POSITION_AHEAD_OF_LEDGER"))
                    .expectExceptionMessage(allOf(containsString("1056"), containsString("1055")))
                    .expectNoEvents();
        }

        @Test
        void anEmptyLedgerHasNothingToBuildFrom() {
            fixture(-1).givenNoPriorActivity()
                    .when(publish(2021, null), metaData(STOCKHOLM))
                    .expectException(violatesRule("LEDGER_EMPTY"))
                    .expectNoEvents();
            fixture(-1).givenNoPriorActivity()
                    .when(publish(2021, 0L), metaData(STOCKHOLM))
                    .expectException(violatesRule("LEDGER_EMPTY"))
                    .expectNoEvents();
        }

        @Test
        void aLedgerWithOnlyItsFirstEventMayBePublishedAtIt() {
            fixture(0).givenNoPriorActivity()
                    .when(publish(2021, null), metaData(STOCKHOLM))
                    .expectEvents(published(2021, 0));
        }

        @Test
        void aYearThatHasNotBegunIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(publish(2023, null), metaData(STOCKHOLM))
                    .expectException(violatesRule("ACCOUNTS_YEAR_NOT_STARTED"))
                    .expectExceptionMessage(containsString("2023"))
                    .expectNoEvents();
        }

        @Test
        void theCurrentYearMayBePublishedWhileItRuns() {
            fixture.givenNoPriorActivity()
                    .when(publish(2022, null), metaData(STOCKHOLM))
                    .expectEvents(published(2022, HEAD));
        }

        @Test
        void theTenantIsTheCallersFromTheMetadata() {
            TenantId vasterbotten = TenantId.of("region-vasterbotten");
            fixture.givenNoPriorActivity()
                    .when(publish(2021, 100L), metaData(vasterbotten))
                    .expectEvents(new InnovationAccountsEditionPublished(EDITION, vasterbotten, 2021,
                            "Innovationsbokslut 2021", "sv", List.of(), 100));
        }
    }

    @Nested
    class Narrative {

        @Test
        void textsAreCarriedInTheSectionsOrderWhateverTheOrderGiven() {
            fixture.givenNoPriorActivity()
                    .when(publish(2021, null, PARTNERS, SUMMARY, FUND), metaData(STOCKHOLM))
                    .expectEvents(published(2021, HEAD, SUMMARY, FUND, PARTNERS));
        }

        @Test
        void aSectionHasOneTextAtMost() {
            NarrativeText again = new NarrativeText(AccountsSection.INTERNAL_DEVELOPMENT, "En annan text.");
            assertThatIllegalArgumentException().isThrownBy(() -> publish(2021, null, FUND, SUMMARY, again))
                    .withMessageContaining("INTERNAL_DEVELOPMENT");
        }
    }
}
