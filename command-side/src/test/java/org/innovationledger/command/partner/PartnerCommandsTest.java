package org.innovationledger.command.partner;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.partner.PartnerId;
import org.innovationledger.kernel.partner.PartnerKind;
import org.innovationledger.kernel.partner.RegisterPartnerOrganisation;
import org.innovationledger.kernel.partner.RenamePartnerOrganisation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The partner commands refuse malformed input on construction (answered 400 before any aggregate is loaded). */
class PartnerCommandsTest {

    @Test
    void swedishNumbersAreTenDigitsWrittenNnnnnnDashNnnn() {
        assertThat(register("5560125790", "SE").organisationNumber()).isEqualTo("556012-5790");
        assertThat(register(" 556012-5790 ", "se").organisationNumber()).isEqualTo("556012-5790");
        assertThat(register("556012 5790", "SE").country()).isEqualTo("SE");
        assertThatIllegalArgumentException().isThrownBy(() -> register("556012-579", "SE"))
                .withMessageContaining("ten digits");
        assertThatIllegalArgumentException().isThrownBy(() -> register("55601A-5790", "SE"));
    }

    @Test
    void danishCvrNumbersAreEightDigits() {
        assertThat(register("DK12345678", "DK").organisationNumber()).isEqualTo("12345678");
        assertThat(register("1234 5678", "dk").organisationNumber()).isEqualTo("12345678");
        assertThatIllegalArgumentException().isThrownBy(() -> register("1234567", "DK"))
                .withMessageContaining("eight digits");
    }

    @Test
    void otherCountriesNumbersAreKeptUpperCasedWithoutCheckDigit() {
        assertThat(register("hrb 12345 b", "DE").organisationNumber()).isEqualTo("HRB 12345 B");
        assertThatIllegalArgumentException().isThrownBy(() -> register("<script>", "DE"));
    }

    @Test
    void theNumberIsOptionalTheCountryIsNot() {
        assertThat(register(null, "SE").organisationNumber()).isNull();
        assertThat(register("  ", "SE").organisationNumber()).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> register("5560125790", null))
                .withMessageContaining("country");
        assertThatIllegalArgumentException().isThrownBy(() -> register("5560125790", "Sweden"))
                .withMessageContaining("country");
    }

    @Test
    void nameAndKindAreRequired() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RegisterPartnerOrganisation(" ", PartnerKind.COMPANY, null, "SE"))
                .withMessage("name is required");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RegisterPartnerOrganisation("Medtech AB", null, null, "SE"))
                .withMessage("kind is required");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RenamePartnerOrganisation(PartnerId.of("partner-1"), "Nytt namn", null, null))
                .withMessage("effectiveFrom is required");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RenamePartnerOrganisation(null, "Nytt namn", LocalDate.of(2024, 1, 1), null))
                .withMessage("partnerId is required");
    }

    @Test
    void theIdOfANumberDependsOnRegionCountryAndNumberOnly() {
        TenantId stockholm = TenantId.of("region-stockholm");
        assertThat(PartnerId.forOrganisationNumber(stockholm, "SE", "556012-5790"))
                .isEqualTo(PartnerId.forOrganisationNumber(stockholm, "SE", "556012-5790"))
                .isNotEqualTo(PartnerId.forOrganisationNumber(stockholm, "DK", "556012-5790"))
                .isNotEqualTo(PartnerId.forOrganisationNumber(TenantId.of("region-skane"), "SE", "556012-5790"));
        assertThat(PartnerId.forOrganisationNumber(stockholm, "SE", "556012-5790").value())
                .startsWith("partner-").hasSizeLessThanOrEqualTo(64);
    }

    private static RegisterPartnerOrganisation register(String number, String country) {
        return new RegisterPartnerOrganisation("Medtech AB", PartnerKind.COMPANY, number, country);
    }
}
