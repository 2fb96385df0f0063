package org.innovationledger.command.infra;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.innovationledger.kernel.common.Justification;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Sends a command with the request's justification; the caller is added by {@link CallerMetadataInterceptor}. */
@Component
public class LedgerCommands {

    private final CommandGateway gateway;

    LedgerCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** Sends a change to an existing aggregate and answers 200 with its new version as ETag. */
    public ResponseEntity<CommandAccepted> changed(String id, Object command, Justified request) {
        long version = send(command, request.why());
        return CommandAccepted.changed(id, version);
    }

    /** As {@link #changed}, for a command built with the version the client's If-Match names (null: none). */
    public ResponseEntity<CommandAccepted> change(String id, Justified request, Function<Long, Object> command,
                                                  String ifMatch) {
        return changed(id, command.apply(Versions.fromIfMatch(ifMatch)), request);
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
