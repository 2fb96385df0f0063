package org.innovationledger.app.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.innovationledger.kernel.common.LedgerMetadata;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends one region's demo commands through the command gateway, the path every user's command takes, with the
 * loader's metadata: principal {@value #PRINCIPAL} in role {@value #ROLE}, the region as tenant,
 * {@code demo=true}, the region's reason ("Demo: ...") and a document reference naming the source document and
 * the lines the command is built from. A command that carries a principal keeps it (CallerMetadataInterceptor),
 * and the events inherit all of it (LedgerCorrelationData).
 */
final class DemoCommands {

    static final String PRINCIPAL = "demo-loader";
    static final String ROLE = "DEMO";
    /** As {@link org.innovationledger.kernel.common.Justification} allows. */
    private static final int MAX_DOCUMENT_REF = 200;

    private final CommandGateway gateway;
    private final String tenant;
    private final String reason;
    private final Map<String, Integer> sentByType = new TreeMap<>();
    private String correlationId;
    private int sent;
    /** The command being sent, for the log when it is refused. */
    private String current;

    DemoCommands(CommandGateway gateway, String tenant, String reason) {
        this.gateway = gateway;
        this.tenant = tenant;
        this.reason = reason;
        this.correlationId = "demo-" + tenant;
    }

    /** Ties the commands that follow together, e.g. one initiative's history, under one correlation id. */
    void story(String key) {
        correlationId = "demo-" + key;
    }

    /**
     * Sends the command and waits until its events are stored; a refusal is thrown as the gateway throws it.
     *
     * @param documentRef the source document and lines the command is built from
     */
    void send(Object command, String documentRef) {
        sendForResult(command, documentRef);
    }

    /** As {@link #send}, answering the command's result: the id the ledger gave, for commands that make one. */
    <R> R sendForResult(Object command, String documentRef) {
        if (documentRef == null || documentRef.isBlank() || documentRef.length() > MAX_DOCUMENT_REF) {
            throw new IllegalArgumentException("a demo document reference is 1-" + MAX_DOCUMENT_REF
                    + " characters, as the API requires: " + documentRef);
        }
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(LedgerMetadata.PRINCIPAL, PRINCIPAL);
        metaData.put(LedgerMetadata.ROLE, ROLE);
        metaData.put(LedgerMetadata.TENANT, tenant);
        metaData.put(LedgerMetadata.DEMO, "true");
        metaData.put(LedgerMetadata.REASON, reason);
        metaData.put(LedgerMetadata.DOCUMENT_REF, documentRef);
        metaData.put(LedgerMetadata.CORRELATION_ID, correlationId);
        current = command.toString();
        R result = gateway.sendAndWait(command, MetaData.from(metaData));
        sent++;
        sentByType.merge(command.getClass().getSimpleName(), 1, Integer::sum);
        return result;
    }

    int sent() {
        return sent;
    }

    int sent(Class<?> commandType) {
        return sentByType.getOrDefault(commandType.getSimpleName(), 0);
    }

    /** The last command handed to the gateway: the refused one when sending failed. */
    String current() {
        return current;
    }
}
