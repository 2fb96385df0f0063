package org.innovationledger.kernel.realisation;

import org.innovationledger.kernel.agreement.AgreementId;

/**
 * The stream that holds an agreement's value realisation. It cannot share the agreement's own identifier: the
 * event store keys events by identifier and sequence, whatever the aggregate type.
 */
public final class RealisationTarget {

    private static final String PREFIX = "value-of-";

    private RealisationTarget() {
    }

    public static String of(AgreementId agreementId) {
        return PREFIX + agreementId.value();
    }
}
