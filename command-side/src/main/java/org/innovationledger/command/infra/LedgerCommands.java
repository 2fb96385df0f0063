package org.innovationledger.command.infra;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.innovationledger.kernel.common.Justification;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/** Sends a command with the request's justification; the caller is added by {@link CallerMetadataInterceptor}. */
@Component
public class LedgerCommands {

    private final CommandGateway gateway;

    LedgerCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R send(Object command, Justification why) {
        Map<String, Object> metaData = new HashMap<>();
        if (why.reason() != null) {
            metaData.put(LedgerMetadata.REASON, why.reason());
        }
        if (why.documentRef() != null) {
            metaData.put(LedgerMetadata.DOCUMENT_REF, why.documentRef());
        }
        return gateway.sendAndWait(command, MetaData.from(metaData));
    }
}
