package org.innovationledger.command.infra;

import org.innovationledger.kernel.common.Justification;

/** A command request body that says why: every one does. */
public interface Justified {

    String reason();

    String documentRef();

    default Justification why() {
        return new Justification(reason(), documentRef());
    }
}
