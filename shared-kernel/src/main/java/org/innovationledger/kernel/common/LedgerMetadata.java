package org.innovationledger.kernel.common;

/**
 * Keys of the metadata that every command and event carries: who (principal, role), for whom (tenant),
 * why (reason and/or document reference) and how it hangs together (correlation, causation).
 * Integrators read these keys from the event feed, so they are part of the published contract.
 */
public final class LedgerMetadata {

    /** Authenticated principal id of the person or system that sent the command. */
    public static final String PRINCIPAL = "principal";
    /** Role the principal acted in, e.g. PORTFOLIO_MANAGER. */
    public static final String ROLE = "role";
    /** How the principal signed in: {@code local-user} or the identity provider's issuer URI. */
    public static final String AUTHENTICATED_BY = "authenticatedBy";
    /** The owning organisation (region), see {@link TenantId}. */
    public static final String TENANT = "tenant";
    /** Free-text reason for the change. */
    public static final String REASON = "reason";
    /** Reference to the deciding document, e.g. a diary number such as "RS 2019-0672". */
    public static final String DOCUMENT_REF = "documentRef";
    /** Shared by every message that stems from one original request. Same key as Axon's MessageOriginProvider. */
    public static final String CORRELATION_ID = "correlationId";
    /** Identifier of the message that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";
    /** The client's Idempotency-Key of the HTTP request that sent the command, when it gave one. */
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /** "true" on everything the demo loader sent: demonstration data, not a region's real decisions. */
    public static final String DEMO = "demo";

    private LedgerMetadata() {
    }
}
