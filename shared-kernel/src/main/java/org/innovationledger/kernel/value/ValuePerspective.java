package org.innovationledger.kernel.value;

/** The three kinds of crowns a value model counts at once: "budgetkronor, marknadskronor och samhällskronor". */
public enum ValuePerspective {
    /** Budget crowns: the region's own budget. */
    BUDGET,
    /** Market crowns: a company's revenue or market value. */
    MARKET,
    /** Societal crowns: value for society at large. */
    SOCIETAL
}
