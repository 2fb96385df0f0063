package org.innovationledger.bench.seed;

import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;

import java.time.LocalDate;

/** A region's organisation as RegisterOrganisationUnit would record it: the region, its hospitals, their clinics. */
final class RegionHistory {

    static final int HOSPITALS = 3;
    static final int CLINICS_PER_HOSPITAL = 3;
    private static final String[] CLINICS = {"Akutmottagningen", "Geriatriska kliniken", "Hjärtkliniken",
            "Ortopedkliniken", "Barnkliniken", "Psykiatriska kliniken", "Strokeenheten", "Infektionskliniken",
            "Vårdcentralen Centrum"};

    private final EventRecorder recorder;

    RegionHistory(EventRecorder recorder) {
        this.recorder = recorder;
    }

    void register(Region region) {
        Caller caller = Caller.manager(region, "Regionens organisation enligt reglemente",
                region.diaryNumber(2015, 12));
        String story = "organisation-" + region.tenant();
        OrganisationUnitId top = unit(region, caller, story, region.name(), OrganisationUnitKind.REGION, null);
        for (int h = 1; h <= HOSPITALS; h++) {
            OrganisationUnitId hospital = unit(region, caller, story, region.name() + " sjukhus " + h,
                    OrganisationUnitKind.HOSPITAL, top);
            region.units.add(hospital);
            for (int c = 0; c < CLINICS_PER_HOSPITAL; c++) {
                OrganisationUnitId clinic = unit(region, caller, story,
                        CLINICS[(h * CLINICS_PER_HOSPITAL + c) % CLINICS.length] + ", sjukhus " + h,
                        OrganisationUnitKind.CLINIC, hospital);
                region.units.add(clinic);
                region.careUnits.add(clinic);
            }
        }
    }

    private OrganisationUnitId unit(Region region, Caller caller, String story, String name,
                                    OrganisationUnitKind kind, OrganisationUnitId parent) {
        OrganisationUnitId id = OrganisationUnitId.of("unit-" + region.tenant() + "-" + (region.units.size() + 1)
                + (parent == null ? "-top" : ""));
        recorder.command("OrganisationUnit", id.value(), caller, story,
                new OrganisationUnitRegistered(id, region.tenantId(), name, kind, parent, LocalDate.of(2015, 1, 1)));
        return id;
    }
}
