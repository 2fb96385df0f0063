package org.innovationledger.kernel.value;

/** "Värden här och nu, samt framtida värden": values now, and values that show only over time. */
public enum ValueHorizon {
    NOW,
    FUTURE
}
