package org.innovationledger.kernel.value;

import org.innovationledger.kernel.common.TenantId;

import java.util.List;

/**
 * One version of a value model as the read side knows it.
 *
 * @param versions   every version of the model, oldest first
 * @param changeNote why this version was made; null for version 1
 * @param position   global event position this view reflects
 */
public record ValueModelView(ValueModelRef ref,
                             TenantId tenant,
                             ValueModelDefinition definition,
                             String changeNote,
                             List<Integer> versions,
                             long position) {
}
