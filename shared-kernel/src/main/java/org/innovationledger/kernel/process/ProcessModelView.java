package org.innovationledger.kernel.process;

import org.innovationledger.kernel.common.TenantId;

import java.util.List;

/**
 * One version of a process model as the read side knows it.
 *
 * @param tenant   the owning tenant; null for a built-in model, which every tenant may use
 * @param versions every version of the model, oldest first
 * @param position global event position this view reflects; 0 for a built-in model, which comes from no event
 */
public record ProcessModelView(ProcessModelRef ref,
                               TenantId tenant,
                               boolean builtIn,
                               ProcessModelDefinition definition,
                               List<Integer> versions,
                               long position) {
}
