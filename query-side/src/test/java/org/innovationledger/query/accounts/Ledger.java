package org.innovationledger.query.accounts;

import org.innovationledger.kernel.accounts.InnovationAccounts;
import org.innovationledger.kernel.accounts.InnovationAccountsEditionView;
import org.innovationledger.kernel.agreement.AgreementContent;
import org.innovationledger.kernel.agreement.AgreementDrafted;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.agreement.AgreementParty;
import org.innovationledger.kernel.agreement.AgreementTerms;
import org.innovationledger.kernel.agreement.AgreementType;
import org.innovationledger.kernel.agreement.CostPrinciple;
import org.innovationledger.kernel.agreement.ResultOwnership;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.fund.ApplicationKind;
import org.innovationledger.kernel.fund.FundingApplicationGranted;
import org.innovationledger.kernel.fund.FundingApplicationId;
import org.innovationledger.kernel.fund.FundingApplicationRejected;
import org.innovationledger.kernel.fund.FundingApplicationSubmitted;
import org.innovationledger.kernel.fund.FundingCallId;
import org.innovationledger.kernel.fund.FundingCallOpened;
import org.innovationledger.kernel.initiative.InitiativeClassified;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeOrigin;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.innovationledger.kernel.initiative.InnovationType;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.kernel.partner.PartnerId;
import org.innovationledger.kernel.partner.PartnerKind;
import org.innovationledger.kernel.partner.PartnerOrganisationRegistered;
import org.innovationledger.kernel.process.CaseType;
import org.innovationledger.kernel.process.ProcessModelId;
import org.innovationledger.kernel.process.ProcessModelRef;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * An event stream as {@link org.innovationledger.query.infra.asof.LedgerHistory} hands it to the fold: the kernel's event records at growing global
 * positions (stepping by 2, as the JDBC store's sequence may skip) with the instant each was recorded. Plus
 * shorthands for building the kernel's events with their real constructors.
 */
final class Ledger {

    static final ProcessModelRef MODEL = new ProcessModelRef(ProcessModelId.of("generic-stage-gate"), 1);

    private final List<LedgerEvent> events = new ArrayList<>();
    private long position;
    private Instant now = Instant.parse("2019-01-01T09:00:00Z");

    Ledger(long firstPosition) {
        this.position = firstPosition - 2;
    }

    /** Records the next events on that day, from 09:00 UTC (10:00 in Stockholm in winter), a minute apart. */
    Ledger on(String date) {
        now = LocalDate.parse(date).atTime(9, 0).toInstant(ZoneOffset.UTC);
        return this;
    }

    /** Appends the event at the next position, recorded now; returns its position. */
    long add(Object payload) {
        position += 2;
        events.add(new LedgerEvent(payload, position, now));
        now = now.plusSeconds(60);
        return position;
    }

    /** Appends the event recorded at that instant (e.g. just before or after midnight in Stockholm). */
    long addAt(String instant, Object payload) {
        now = Instant.parse(instant);
        return add(payload);
    }

    long last() {
        return position;
    }

    List<LedgerEvent> events() {
        return List.copyOf(events);
    }

    List<LedgerEvent> upTo(long at) {
        return events.stream().filter(e -> e.position() <= at).toList();
    }

    /** The accounts the fold gives for these events, as of the last one. */
    static InnovationAccounts fold(List<LedgerEvent> events, TenantId tenant, int year) {
        return fold(events, tenant, year, null);
    }

    static InnovationAccounts fold(List<LedgerEvent> events, TenantId tenant, int year,
                                   InnovationAccountsEditionView edition) {
        AccountsFold fold = new AccountsFold(tenant, year);
        events.forEach(fold::apply);
        return fold.accounts(null, edition);
    }

    // ---- the kernel's events ----

    static OrganisationUnitRegistered unit(String id, TenantId tenant, String name, OrganisationUnitKind kind,
                                           LocalDate establishedOn) {
        return new OrganisationUnitRegistered(OrganisationUnitId.of(id), tenant, name, kind, null, establishedOn);
    }

    static InitiativeRegistered initiative(String id, TenantId tenant, String title, String unit,
                                           InitiativeOrigin origin, String partnerName) {
        return new InitiativeRegistered(InitiativeId.of(id), tenant, title, "Beskrivning av " + title,
                OrganisationUnitId.of(unit), origin, origin == InitiativeOrigin.NEED ? NeedId.of("need-of-" + id) : null,
                partnerName, CaseType.INNOVATION, MODEL, "Idé");
    }

    static InitiativeClassified classified(String id, String strategyArea, String coreArea, InnovationType type,
                                           String testbed) {
        return new InitiativeClassified(InitiativeId.of(id), strategyArea, coreArea, type, List.of(),
                testbed == null ? null : OrganisationUnitId.of(testbed));
    }

    static Money sek(String amount) {
        return Money.of(amount, "SEK");
    }

    static FundingCallOpened call(String id, TenantId tenant, String fund, int round, int year, String budget) {
        return new FundingCallOpened(FundingCallId.of(id), tenant, fund, round, year, sek(budget),
                LocalDate.of(year, 2, 1), LocalDate.of(year, 10, 31), "Nytta för patienter och medarbetare");
    }

    static FundingApplicationSubmitted application(String call, String id, ApplicationKind kind, String title,
                                                   String unit, String initiative, String submittedOn) {
        return new FundingApplicationSubmitted(FundingCallId.of(call), FundingApplicationId.of(id), kind, title,
                OrganisationUnitId.of(unit), initiative == null ? null : InitiativeId.of(initiative),
                sek("900000"), LocalDate.parse(submittedOn));
    }

    static FundingApplicationGranted granted(String call, String id, String amount, String decidedOn) {
        return new FundingApplicationGranted(FundingCallId.of(call), FundingApplicationId.of(id), sek(amount),
                LocalDate.parse(decidedOn));
    }

    static FundingApplicationRejected rejected(String call, String id, String decidedOn) {
        return new FundingApplicationRejected(FundingCallId.of(call), FundingApplicationId.of(id),
                "Svag koppling till strategin", LocalDate.parse(decidedOn));
    }

    static PartnerOrganisationRegistered partner(String id, TenantId tenant, String name, PartnerKind kind,
                                                 String country) {
        return new PartnerOrganisationRegistered(PartnerId.of(id), tenant, name, kind, null, country);
    }

    static AgreementTerms terms(CostPrinciple cost, ResultOwnership ownership, String intellectualProperty) {
        return new AgreementTerms(cost, null, ownership, null, null, intellectualProperty, null);
    }

    static AgreementParty ownUnit(String unit, String role) {
        return AgreementParty.unit(OrganisationUnitId.of(unit), role);
    }

    static AgreementParty partyPartner(String partner, String role) {
        return AgreementParty.partner(PartnerId.of(partner), role);
    }

    static AgreementDrafted agreement(String id, TenantId tenant, String initiative, String title, AgreementType type,
                                      List<AgreementParty> parties, AgreementTerms terms, String validFrom,
                                      String validUntil) {
        return new AgreementDrafted(AgreementId.of(id), tenant, initiative == null ? null : InitiativeId.of(initiative),
                new AgreementContent(title, type, parties, null, terms, List.of(), List.of(), LocalDate.parse(validFrom),
                        validUntil == null ? null : LocalDate.parse(validUntil), null));
    }
}
