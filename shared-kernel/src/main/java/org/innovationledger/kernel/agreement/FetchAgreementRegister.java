package org.innovationledger.kernel.agreement;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.partner.PartnerId;

/**
 * Answers one page of the tenant's {@link AgreementRegister}. Filters combine with AND; null means any.
 *
 * @param partnerId          only agreements this partner organisation is a party to
 * @param expiringWithinDays only agreements in force whose last day of validity lies within this many days from
 *                           today (today included), 0 to {@value #MAX_DAYS}
 * @param page               zero-based page number
 * @param size               agreements per page, 1 to {@value #MAX_SIZE}
 */
public record FetchAgreementRegister(TenantId tenant,
                                     AgreementStatus status,
                                     AgreementType type,
                                     PartnerId partnerId,
                                     InitiativeId initiativeId,
                                     Integer expiringWithinDays,
                                     int page,
                                     int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    public static final int MAX_DAYS = 3660;

    public FetchAgreementRegister {
        Texts.present(tenant, "tenant is required");
        if (expiringWithinDays != null && (expiringWithinDays < 0 || expiringWithinDays > MAX_DAYS)) {
            throw new IllegalArgumentException("expiringWithinDays must be between 0 and " + MAX_DAYS + ", got: "
                    + expiringWithinDays);
        }
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, got: " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", got: " + size);
        }
    }
}
