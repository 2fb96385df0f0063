package org.innovationledger.kernel.initiative;

/** Innovation type as the sources classify it. */
public enum InnovationType {
    PRODUCT, SERVICE, METHOD, PROCESS, ORGANISATION
}
