package org.innovationledger.kernel.process;

/**
 * The kind of case an initiative is. The VLL partnership process "gäller inte för traditionell anskaffning,
 * kliniska studier eller renodlad forskning": models list the types they exclude at intake.
 */
public enum CaseType {
    INNOVATION,
    TRADITIONAL_PROCUREMENT,
    CLINICAL_TRIAL,
    PURE_RESEARCH
}
