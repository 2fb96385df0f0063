package org.innovationledger.query.accounts;

import org.innovationledger.kernel.accounts.InnovationAccounts.AgreementLine;
import org.innovationledger.kernel.agreement.AgreementAmended;
import org.innovationledger.kernel.agreement.AgreementContent;
import org.innovationledger.kernel.agreement.AgreementDraftRevised;
import org.innovationledger.kernel.agreement.AgreementDraftWithdrawn;
import org.innovationledger.kernel.agreement.AgreementDrafted;
import org.innovationledger.kernel.agreement.AgreementExpired;
import org.innovationledger.kernel.agreement.AgreementInForce;
import org.innovationledger.kernel.agreement.AgreementParty;
import org.innovationledger.kernel.agreement.AgreementStatus;
import org.innovationledger.kernel.agreement.AgreementTerminated;
import org.innovationledger.kernel.agreement.AgreementTerms;
import org.innovationledger.kernel.agreement.AgreementType;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.partner.PartnerKind;
import org.innovationledger.kernel.partner.PartnerOrganisationRegistered;
import org.innovationledger.kernel.partner.PartnerOrganisationRenamed;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The region's partner organisations and agreements, as the accounts count them. */
final class PartnershipTally {

    record Partner(String id, String name, PartnerKind kind, String country) {
    }

    static final class Agreement {
        final String id;
        final String initiativeId;
        AgreementContent content;
        AgreementTerms terms;
        LocalDate validUntil;
        AgreementStatus status = AgreementStatus.DRAFT;
        LocalDate inForceOn;
        LocalDate endedOn;

        Agreement(AgreementDrafted event) {
            id = event.agreementId().value();
            initiativeId = event.initiativeId() == null ? null : event.initiativeId().value();
            revised(event.content());
        }

        void revised(AgreementContent revised) {
            content = revised;
            terms = revised.terms();
            validUntil = revised.validUntil();
        }

        /** In force on some day of the year: signed by then, not ended before it, valid into it. */
        boolean inForceDuring(int year) {
            return inForceOn != null && inForceOn.getYear() <= year
                    && (endedOn == null || endedOn.getYear() >= year)
                    && (validUntil == null || validUntil.getYear() >= year)
                    && content.validFrom().getYear() <= year;
        }
    }

    private final TenantId tenant;
    final Map<String, Partner> partners = new HashMap<>();
    final Map<String, Agreement> agreements = new HashMap<>();

    PartnershipTally(TenantId tenant) {
        this.tenant = tenant;
    }

    /** Returns the initiative an agreement signed here belongs to, with the year, so it counts active. */
    FundTally.Activity apply(Object payload) {
        if (payload instanceof PartnerOrganisationRegistered e) {
            if (e.tenant().equals(tenant)) {
                partners.putIfAbsent(e.partnerId().value(), new Partner(e.partnerId().value(), e.name(), e.kind(),
                        e.country()));
            }
        } else if (payload instanceof PartnerOrganisationRenamed e) {
            partners.computeIfPresent(e.partnerId().value(), (id, p) -> new Partner(id, e.newName(), p.kind(),
                    p.country()));
        } else if (payload instanceof AgreementDrafted e) {
            if (e.tenant().equals(tenant)) {
                agreements.putIfAbsent(e.agreementId().value(), new Agreement(e));
            }
        } else if (payload instanceof AgreementDraftRevised e) {
            with(e.agreementId().value(), a -> a.revised(e.content()));
        } else if (payload instanceof AgreementAmended e) {
            with(e.agreementId().value(), a -> {
                a.terms = e.terms() != null ? e.terms() : a.terms;
                a.validUntil = e.validUntil() != null ? e.validUntil() : a.validUntil;
            });
        } else if (payload instanceof AgreementInForce e) {
            Agreement agreement = agreements.get(e.agreementId().value());
            if (agreement != null) {
                agreement.status = AgreementStatus.IN_FORCE;
                agreement.inForceOn = e.signedOn();
                return FundTally.Activity.of(agreement.initiativeId, e.signedOn());
            }
        } else if (payload instanceof AgreementTerminated e) {
            with(e.agreementId().value(), a -> ended(a, AgreementStatus.TERMINATED, e.terminatedOn()));
        } else if (payload instanceof AgreementExpired e) {
            with(e.agreementId().value(), a -> ended(a, AgreementStatus.EXPIRED, e.validUntil()));
        } else if (payload instanceof AgreementDraftWithdrawn e) {
            with(e.agreementId().value(), a -> ended(a, AgreementStatus.WITHDRAWN, e.withdrawnOn()));
        }
        return null;
    }

    private static void ended(Agreement agreement, AgreementStatus status, LocalDate on) {
        agreement.status = status;
        agreement.endedOn = on;
    }

    private void with(String agreementId, java.util.function.Consumer<Agreement> change) {
        Agreement agreement = agreements.get(agreementId);
        if (agreement != null) {
            change.accept(agreement);
        }
    }

    List<Agreement> inForceDuring(int year) {
        return agreements.values().stream().filter(a -> a.inForceDuring(year))
                .sorted(Comparator.comparing((Agreement a) -> a.content.title(), Counts.text())
                        .thenComparing(a -> a.id))
                .toList();
    }

    List<Agreement> inForceDuring(int year, AgreementType type) {
        return inForceDuring(year).stream().filter(a -> a.content.type() == type).toList();
    }

    /** The registered partner organisations party to the agreements, each once, by name. */
    List<Partner> partiesTo(List<Agreement> of) {
        return of.stream().flatMap(a -> a.content.parties().stream())
                .map(AgreementParty::partnerId).filter(Objects::nonNull)
                .map(id -> partners.get(id.value())).filter(Objects::nonNull)
                .distinct()
                .sorted(Comparator.comparing(Partner::name, Counts.text()).thenComparing(Partner::id))
                .toList();
    }

    AgreementLine line(Agreement agreement) {
        List<String> names = partiesTo(List.of(agreement)).stream().map(Partner::name).toList();
        return new AgreementLine(agreement.id, agreement.content.title(), agreement.content.type().name(), names,
                agreement.content.validFrom(), agreement.validUntil, agreement.status.name());
    }
}
