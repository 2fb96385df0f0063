package org.innovationledger.kernel.value;

/**
 * Who a value arises for. The VLL pre-study names patient (and citizen), care unit, county council (region),
 * company partner and society (L781, L1270); staff and environment are value dimensions it lists too
 * ("ökad medarbetarnytta", work environment) and the issue asks for them.
 */
public enum Beneficiary {
    PATIENT_OR_CITIZEN,
    STAFF,
    CARE_UNIT,
    REGION,
    COMPANY,
    SOCIETY,
    ENVIRONMENT
}
