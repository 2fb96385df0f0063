package org.innovationledger.kernel.agreement;

/**
 * A party's position at one of an agreement's decision points: "regelbundna gemensamma beslut om att fortsätta
 * eller avsluta" (VLL); either side may continue, re-evaluate or end.
 */
public enum AgreementPosition {
    CONTINUE,
    RE_EVALUATE,
    END
}
