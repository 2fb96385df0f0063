package org.innovationledger.command.infra;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.innovationledger.kernel.common.Caller;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Stamps every command with who sent it and for which tenant, taken from the request, never from its body.
 * Commands sent while handling another message already carry that message's metadata (Axon copies correlation
 * data), so only a command with no principal at all gets one here. A command without a reason or document
 * reference is refused: every event must say why.
 */
@Component
class CallerMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final RequestCaller requestCaller;

    CallerMetadataInterceptor(RequestCaller requestCaller) {
        this.requestCaller = requestCaller;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            MetaData metaData = command.getMetaData();
            Map<String, Object> added = new HashMap<>();
            if (!metaData.containsKey(LedgerMetadata.PRINCIPAL)) {
                Caller caller = requestCaller.current().orElseThrow(() -> new IllegalStateException(
                        "command " + command.getCommandName() + " has no caller: send it within a request"));
                added.put(LedgerMetadata.PRINCIPAL, caller.principal());
                added.put(LedgerMetadata.ROLE, caller.role());
                added.put(LedgerMetadata.TENANT, caller.tenant().value());
            }
            if (!metaData.containsKey(LedgerMetadata.CORRELATION_ID)) {
                added.put(LedgerMetadata.CORRELATION_ID,
                        requestCaller.correlationId().orElse(command.getIdentifier()));
            }
            if (!metaData.containsKey(LedgerMetadata.REASON) && !metaData.containsKey(LedgerMetadata.DOCUMENT_REF)) {
                throw new IllegalArgumentException("a reason or a document reference is required");
            }
            return command.andMetaData(added);
        };
    }
}
