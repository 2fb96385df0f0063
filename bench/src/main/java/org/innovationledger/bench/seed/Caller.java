package org.innovationledger.bench.seed;

import org.innovationledger.kernel.common.LedgerMetadata;

import java.util.HashMap;
import java.util.Map;

/**
 * Who recorded a seeded command, for whom and why: the metadata every ledger event carries (see LedgerMetadata),
 * as a portfolio manager of the region signed in locally would leave it.
 */
record Caller(String principal, String role, String tenant, String reason, String documentRef) {

    static Caller manager(Region region, String reason, String documentRef) {
        return new Caller("manager@" + region.tenant(), "PORTFOLIO_MANAGER", region.tenant(), reason, documentRef);
    }

    Map<String, Object> metaData(String correlationId, String causationId) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(LedgerMetadata.PRINCIPAL, principal);
        metaData.put(LedgerMetadata.ROLE, role);
        metaData.put(LedgerMetadata.TENANT, tenant);
        metaData.put(LedgerMetadata.AUTHENTICATED_BY, "local-user");
        metaData.put(LedgerMetadata.REASON, reason);
        metaData.put(LedgerMetadata.DOCUMENT_REF, documentRef);
        metaData.put(LedgerMetadata.CORRELATION_ID, correlationId);
        metaData.put(LedgerMetadata.CAUSATION_ID, causationId);
        return metaData;
    }
}
