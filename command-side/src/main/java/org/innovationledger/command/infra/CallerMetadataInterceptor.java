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
 * Stamps every command sent within an HTTP request with the authenticated principal, role and tenant, replacing
 * whatever the metadata said: who acted is the server's word, never the client's. Commands sent outside a
 * request (the demo loader, later sagas) must already name their caller. A command without a reason or
 * document reference is refused: every event must say why.
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
            if (requestCaller.inRequest()) {
                Caller caller = requestCaller.current().orElseThrow(() -> new IllegalStateException(
                        "command " + command.getCommandName() + " sent in a request without an authenticated caller"));
                added.put(LedgerMetadata.PRINCIPAL, caller.principal());
                added.put(LedgerMetadata.ROLE, caller.role());
                added.put(LedgerMetadata.TENANT, caller.tenant().value());
                requestCaller.authenticatedBy().ifPresent(how -> added.put(LedgerMetadata.AUTHENTICATED_BY, how));
                requestCaller.idempotencyKey().ifPresent(key -> added.put(LedgerMetadata.IDEMPOTENCY_KEY, key));
            } else if (!metaData.containsKey(LedgerMetadata.PRINCIPAL) || !metaData.containsKey(LedgerMetadata.TENANT)) {
                throw new IllegalStateException("command " + command.getCommandName() + " names no caller");
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
