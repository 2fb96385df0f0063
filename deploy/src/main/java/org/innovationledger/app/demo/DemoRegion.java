package org.innovationledger.app.demo;

import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.process.ProcessModelDefinition;
import org.innovationledger.kernel.need.AssignNeedOwner;
import org.innovationledger.kernel.need.CriterionWeight;
import org.innovationledger.kernel.need.IdentifyNeed;
import org.innovationledger.kernel.need.NeedCriterion;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.need.NeedSource;
import org.innovationledger.kernel.need.PrioritiseNeed;
import org.innovationledger.kernel.need.ReferNeed;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.organisation.RegisterOrganisationUnit;
import org.innovationledger.kernel.organisation.RenameOrganisationUnit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One region's demonstration data, built from its source documents: the commands a portfolio manager would have
 * sent. Subclasses say what; the helpers here say how, with stable ids ({@code unit-demo-<region>-<key>}) so the
 * same data gets the same ids on every machine.
 * <p>
 * Line references ("rad 187-195") are those of the files in {@code shared/seeds/}. Where a source gives only a
 * year, the demo dates the fact to a nominal day in that year ({@link #year(int)}) and says so.
 */
abstract class DemoRegion {

    private final String tenant;
    private final String shortName;
    private final String reason;
    private DemoCommands commands;
    private final Map<OrganisationUnitId, String> unitNames = new HashMap<>();

    /**
     * @param tenant    the region's tenant id
     * @param shortName used in the demo ids, e.g. {@code sthlm}
     * @param reason    the reason every command carries, naming the source, e.g. "Demo: Region Stockholm,
     *                  Innovationsbokslut 2021"
     */
    DemoRegion(String tenant, String shortName, String reason) {
        this.tenant = tenant;
        this.shortName = shortName;
        this.reason = reason;
    }

    final String tenant() {
        return tenant;
    }

    final String reason() {
        return reason;
    }

    /** Sends the region's commands, in order; stops at the first refusal (the gateway's exception). */
    final void load(DemoCommands sender) {
        this.commands = sender;
        load();
    }

    /** The region's data. */
    abstract void load();

    final DemoCommands commands() {
        return commands;
    }

    // ---- organisation units ----

    final OrganisationUnitId unitId(String key) {
        return OrganisationUnitId.of("unit-demo-" + shortName + "-" + key);
    }

    final OrganisationUnitId unit(String key, String name, OrganisationUnitKind kind, OrganisationUnitId parent,
                                  LocalDate establishedOn, String documentRef) {
        OrganisationUnitId id = unitId(key);
        commands.story(shortName + "-units");
        commands.send(new RegisterOrganisationUnit(id, name, kind, parent, establishedOn), documentRef);
        unitNames.put(id, name);
        return id;
    }

    /** The name a unit of this region was registered with. */
    final String nameOf(OrganisationUnitId unit) {
        String name = unitNames.get(unit);
        if (name == null) {
            throw new IllegalArgumentException("no demo unit " + unit);
        }
        return name;
    }

    final void rename(OrganisationUnitId unit, String newName, LocalDate effectiveFrom, String documentRef) {
        commands.send(new RenameOrganisationUnit(unit, newName, effectiveFrom, null), documentRef);
    }

    // ---- needs ----

    final NeedId need(String key, String title, String description, NeedSource source, OrganisationUnitId unit,
                      String documentRef) {
        NeedId id = NeedId.of("need-demo-" + shortName + "-" + key);
        commands.story(shortName + "-" + key);
        commands.send(new IdentifyNeed(id, title, description, source, unit), documentRef);
        return id;
    }

    /** A need with its owner (behovsägare) assigned at once. */
    final NeedId ownedNeed(String key, String title, String description, NeedSource source, OrganisationUnitId unit,
                           OrganisationUnitId owner, String documentRef) {
        NeedId id = need(key, title, description, source, unit, documentRef);
        commands.send(new AssignNeedOwner(id, owner, null), documentRef);
        return id;
    }

    final void prioritise(NeedId need, List<NeedCriterion> criteria, String documentRef) {
        commands.send(new PrioritiseNeed(need, criteria, null), documentRef);
    }

    final void refer(NeedId need, String referredTo, String note, String documentRef) {
        commands.send(new ReferNeed(need, referredTo, note, null), documentRef);
    }

    static NeedCriterion must(String text) {
        return new NeedCriterion(text, CriterionWeight.MUST);
    }

    static NeedCriterion should(String text) {
        return new NeedCriterion(text, CriterionWeight.SHOULD);
    }

    static NeedCriterion bonus(String text) {
        return new NeedCriterion(text, CriterionWeight.BONUS);
    }

    // ---- initiatives ----

    final InitiativeScript initiative(String key) {
        commands.story(shortName + "-" + key);
        return new InitiativeScript(commands, initiativeId(key));
    }

    /** An initiative an earlier part of the region's demo registered, resumed where its history left it. */
    final InitiativeScript resumed(String key, ProcessModelDefinition model, String phase) {
        return initiative(key).resumedAt(model, phase);
    }

    /** The id the initiative of that key has (or will have) in this region's demo. */
    final InitiativeId initiativeId(String key) {
        return InitiativeId.of("ini-demo-" + shortName + "-" + key);
    }

    // ---- dates ----

    /**
     * A nominal date for a fact the source dates to a year only: 1 July of that year. The month and day carry no
     * information; the year is the source's.
     */
    static LocalDate year(int year) {
        return LocalDate.of(year, 7, 1);
    }

    /** A nominal date for a fact the source dates to a month: the first of that month. */
    static LocalDate month(int year, int month) {
        return LocalDate.of(year, month, 1);
    }
}
