package org.innovationledger.kernel.need;

/** Where a need (behov) was found, as the sources name the intake channels. */
public enum NeedSource {
    /** Staff of a care unit bring a concrete need or challenge (Uppsala: "kontaktar … med ett konkret behov"). */
    STAFF,
    /** Patients, patient panels or relatives. */
    PATIENT,
    /** Observation / shadowing in everyday care ("skuggning i verksamhet"). */
    SHADOWING,
    /** Early dialogue with the market, horizon scanning, external solution calls ("tidig dialog", "omvärldsspaning"). */
    MARKET_DIALOGUE,
    /** A company's inquiry or application that healthcare turns out to have a need for. */
    COMPANY_INQUIRY
}
