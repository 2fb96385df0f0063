package org.innovationledger.kernel.partner;

import org.innovationledger.kernel.common.Texts;

/**
 * Registers an external partner organisation in the caller's region's partner register. The ledger gives it its
 * id: derived from the region and the organisation number when there is one (see
 * {@link PartnerId#forOrganisationNumber}), so a number is registered once per region; otherwise a new one. The
 * command's result is that id.
 *
 * @param organisationNumber optional; Swedish organisationsnummer or Danish CVR number, checked loosely (see
 *                           {@link OrganisationNumbers}) and kept in its normal form
 * @param country            ISO 3166-1 alpha-2 code of the country the organisation is registered in, e.g. SE, DK
 */
public record RegisterPartnerOrganisation(String name,
                                          PartnerKind kind,
                                          String organisationNumber,
                                          String country) {

    public RegisterPartnerOrganisation {
        name = Texts.required(name, "name", 200);
        Texts.present(kind, "kind is required");
        country = OrganisationNumbers.country(country);
        organisationNumber = OrganisationNumbers.normalise(country, organisationNumber);
    }
}
