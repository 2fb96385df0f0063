package org.innovationledger.query.organisation;

import org.innovationledger.kernel.organisation.OrganisationUnitView.UnitName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class UnitNamesTest {

    private static final LocalDate ESTABLISHED = LocalDate.of(2005, 1, 1);

    @Test
    void registeredNameIsInForceFromEstablishmentAndBeforeItForLackOfAnything() {
        UnitNames names = UnitNames.registered("Västerbottens läns landsting", ESTABLISHED);

        assertThat(names.entries()).containsExactly(new UnitNames.Entry("Västerbottens läns landsting", "2005-01-01"));
        assertThat(names.on(ESTABLISHED)).isEqualTo("Västerbottens läns landsting");
        assertThat(names.on(LocalDate.of(2030, 6, 1))).isEqualTo("Västerbottens läns landsting");
        // before the first entry the first name is the answer
        assertThat(names.on(LocalDate.of(1990, 1, 1))).isEqualTo("Västerbottens läns landsting");
    }

    @Test
    void renameAppliesFromItsEffectiveDateOnAndTheOldNameStaysBefore() {
        UnitNames names = UnitNames.registered("Västerbottens läns landsting", ESTABLISHED)
                .renamed("Region Västerbotten", LocalDate.of(2019, 1, 1));

        assertThat(names.on(LocalDate.of(2018, 12, 31))).isEqualTo("Västerbottens läns landsting");
        assertThat(names.on(LocalDate.of(2019, 1, 1))).isEqualTo("Region Västerbotten");
        assertThat(names.on(LocalDate.of(2019, 1, 2))).isEqualTo("Region Västerbotten");
        assertThat(names.on(LocalDate.of(2004, 1, 1))).isEqualTo("Västerbottens läns landsting");
    }

    @Test
    void unknownEstablishmentIsANullFirstEntryInForceOnAnyDateUntilTheFirstRename() {
        UnitNames names = UnitNames.registered("Innovationsplats Karolinska", null);

        assertThat(names.entries()).containsExactly(new UnitNames.Entry("Innovationsplats Karolinska", null));
        assertThat(names.on(LocalDate.of(1900, 1, 1))).isEqualTo("Innovationsplats Karolinska");
        assertThat(names.on(LocalDate.of(2100, 1, 1))).isEqualTo("Innovationsplats Karolinska");

        UnitNames renamed = names.renamed("Innovation Karolinska", LocalDate.of(2021, 3, 1));
        assertThat(renamed.entries()).containsExactly(
                new UnitNames.Entry("Innovationsplats Karolinska", null),
                new UnitNames.Entry("Innovation Karolinska", "2021-03-01"));
        assertThat(renamed.on(LocalDate.of(1900, 1, 1))).isEqualTo("Innovationsplats Karolinska");
        assertThat(renamed.on(LocalDate.of(2021, 2, 28))).isEqualTo("Innovationsplats Karolinska");
        assertThat(renamed.on(LocalDate.of(2021, 3, 1))).isEqualTo("Innovation Karolinska");
    }

    @Test
    void retroactiveRenameRecordedLaterIsSortedIntoPlaceAndGovernsItsOwnPeriod() {
        UnitNames names = UnitNames.registered("Hälso- och sjukvårdsförvaltningen", ESTABLISHED)
                .renamed("Hälso- och sjukvårdsförvaltningen Region Stockholm", LocalDate.of(2019, 1, 1))
                // recorded afterwards, but took effect earlier
                .renamed("HSF", LocalDate.of(2012, 7, 1));

        assertThat(names.entries()).extracting(UnitNames.Entry::effectiveFrom)
                .containsExactly("2005-01-01", "2012-07-01", "2019-01-01");
        assertThat(names.on(LocalDate.of(2012, 6, 30))).isEqualTo("Hälso- och sjukvårdsförvaltningen");
        assertThat(names.on(LocalDate.of(2012, 7, 1))).isEqualTo("HSF");
        assertThat(names.on(LocalDate.of(2018, 12, 31))).isEqualTo("HSF");
        assertThat(names.on(LocalDate.of(2019, 1, 1))).isEqualTo("Hälso- och sjukvårdsförvaltningen Region Stockholm");
        assertThat(names.on(LocalDate.of(2040, 1, 1))).isEqualTo("Hälso- och sjukvårdsförvaltningen Region Stockholm");
    }

    @Test
    void retroactiveRenameAfterAnUnknownEstablishmentKeepsTheNullEntryFirst() {
        UnitNames names = UnitNames.registered("A", null)
                .renamed("C", LocalDate.of(2020, 1, 1))
                .renamed("B", LocalDate.of(2010, 1, 1));

        assertThat(names.entries()).extracting(UnitNames.Entry::name).containsExactly("A", "B", "C");
        assertThat(names.on(LocalDate.of(2009, 12, 31))).isEqualTo("A");
        assertThat(names.on(LocalDate.of(2010, 1, 1))).isEqualTo("B");
        assertThat(names.on(LocalDate.of(2019, 12, 31))).isEqualTo("B");
        assertThat(names.on(LocalDate.of(2020, 1, 1))).isEqualTo("C");
    }

    @Test
    void renamingReturnsANewValueAndLeavesTheOriginalUntouched() {
        UnitNames original = UnitNames.registered("A", ESTABLISHED);

        UnitNames renamed = original.renamed("B", LocalDate.of(2010, 1, 1));

        assertThat(original.entries()).hasSize(1);
        assertThat(original.on(LocalDate.of(2011, 1, 1))).isEqualTo("A");
        assertThat(renamed.entries()).hasSize(2);
    }

    @Test
    void todayIsTheNameInForceOnTheCurrentDate() {
        LocalDate today = LocalDate.now();
        UnitNames names = UnitNames.registered("Old", null)
                .renamed("Current", today.minusDays(10))
                .renamed("Future", today.plusDays(10));

        assertThat(names.on(today)).isEqualTo("Current");
        assertThat(UnitNames.registered("Old", null).renamed("Future", today.plusDays(1)).on(today)).isEqualTo("Old");
    }

    @Test
    void viewListsEveryNameWithItsDateOldestFirst() {
        UnitNames names = UnitNames.registered("A", null)
                .renamed("C", LocalDate.of(2020, 1, 1))
                .renamed("B", LocalDate.of(2010, 1, 1));

        assertThat(names.asView()).containsExactly(
                new UnitName("A", null),
                new UnitName("B", LocalDate.of(2010, 1, 1)),
                new UnitName("C", LocalDate.of(2020, 1, 1)));
    }
}
