package org.innovationledger.kernel.indicator;

/**
 * What a unit reports for an indicator, and so how the indicator report counts it. The two indicators Region
 * Stockholm decided on are a yes/no question reported as a share of its boards and companies ("78% av 23 nämnder
 * och bolag") and a self-assessment on a scale from 1 to 5 ("Innovationsgrad/Innovationsmognad").
 */
public enum IndicatorKind {
    /** Yes or no per unit; reported as the number of yes and their share of the population. */
    BOOLEAN_SHARE,
    /**
     * A self-assessed level from 1.0 to 5.0; decimal scores are allowed ("drygt nivå 2"). Reported as the
     * distribution over the levels, the mean and the number of units meeting the indicator's threshold.
     */
    SCALE_1_5,
    /** A whole number of zero or more (e.g. ideas received); reported as sum and mean. */
    COUNT,
    /** Any decimal number (e.g. working days to answer a company); reported as sum and mean. */
    NUMBER
}
