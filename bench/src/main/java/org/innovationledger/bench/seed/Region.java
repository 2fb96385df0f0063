package org.innovationledger.bench.seed;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import java.util.ArrayList;
import java.util.List;

/** A tenant of the synthetic national deployment, with the units registered for it. */
final class Region {

    private final String tenant;
    private final String name;
    private final String diaryPrefix;
    final List<OrganisationUnitId> units = new ArrayList<>();
    final List<OrganisationUnitId> careUnits = new ArrayList<>();

    Region(String tenant, String name, String diaryPrefix) {
        this.tenant = tenant;
        this.name = name;
        this.diaryPrefix = diaryPrefix;
    }

    String tenant() {
        return tenant;
    }

    TenantId tenantId() {
        return TenantId.of(tenant);
    }

    String name() {
        return name;
    }

    /** A diary number in the region's style, e.g. "RS 2019-0672". */
    String diaryNumber(int year, int number) {
        return diaryPrefix + " " + year + "-" + String.format("%04d", number % 10_000);
    }

    /** The Swedish and Danish regions of a national deployment. */
    static List<Region> nationalDeployment() {
        return List.of(
                new Region("region-stockholm", "Region Stockholm", "RS"),
                new Region("region-uppsala", "Region Uppsala", "RUP"),
                new Region("region-sormland", "Region Sörmland", "RSÖ"),
                new Region("region-ostergotland", "Region Östergötland", "RÖ"),
                new Region("region-jonkoping", "Region Jönköpings län", "RJL"),
                new Region("region-kronoberg", "Region Kronoberg", "RK"),
                new Region("region-kalmar", "Region Kalmar län", "RKL"),
                new Region("region-gotland", "Region Gotland", "RG"),
                new Region("region-blekinge", "Region Blekinge", "RB"),
                new Region("region-skane", "Region Skåne", "RSK"),
                new Region("region-halland", "Region Halland", "RH"),
                new Region("vastra-gotalandsregionen", "Västra Götalandsregionen", "RS VGR"),
                new Region("region-varmland", "Region Värmland", "RV"),
                new Region("region-orebro", "Region Örebro län", "RÖL"),
                new Region("region-vastmanland", "Region Västmanland", "RVM"),
                new Region("region-dalarna", "Region Dalarna", "RD"),
                new Region("region-gavleborg", "Region Gävleborg", "RGB"),
                new Region("region-vasternorrland", "Region Västernorrland", "RVN"),
                new Region("region-jamtland", "Region Jämtland Härjedalen", "RJH"),
                new Region("region-vasterbotten", "Region Västerbotten", "RVB"),
                new Region("region-norrbotten", "Region Norrbotten", "RN"),
                new Region("region-hovedstaden", "Region Hovedstaden", "RH-DK"),
                new Region("region-sjaelland", "Region Sjælland", "RSJ"),
                new Region("region-syddanmark", "Region Syddanmark", "RSD"),
                new Region("region-midtjylland", "Region Midtjylland", "RM"),
                new Region("region-nordjylland", "Region Nordjylland", "RND"));
    }
}
