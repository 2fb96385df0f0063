package org.innovationledger.kernel.initiative;

/**
 * The ten barrier categories of the Västerbotten pre-study: four general framework conditions (ramvillkor) and
 * six central system barriers (systemhinder), found at all three system levels.
 */
public enum BarrierCategory {
    JURIDIK(Group.RAMVILLKOR),
    STRUKTUR(Group.RAMVILLKOR),
    SILOS(Group.RAMVILLKOR),
    ORGANISATIONSKULTUR(Group.RAMVILLKOR),
    DATA(Group.SYSTEMHINDER),
    EKONOMI(Group.SYSTEMHINDER),
    PARTNERSKAP(Group.SYSTEMHINDER),
    VARDE(Group.SYSTEMHINDER),
    ERSATTNINGSMODELLER(Group.SYSTEMHINDER),
    INCITAMENTSSTRUKTURER(Group.SYSTEMHINDER);

    /** Framework conditions are not barriers in themselves; system barriers are. */
    public enum Group { RAMVILLKOR, SYSTEMHINDER }

    private final Group group;

    BarrierCategory(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }
}
