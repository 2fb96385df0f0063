package org.innovationledger.security.logging;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class MessageLogContextTest {

    record RegisterInitiative(String title) {
    }

    record InitiativeRegistered(String initiativeId, String title) {
    }

    private static final MetaData CALLER = MetaData.from(Map.of(
            "correlationId", "corr-1", "causationId", "cause-1", "principal", "manager@region-stockholm",
            "role", "PORTFOLIO_MANAGER", "tenant", "region-stockholm",
            "reason", "Anna Andersson asked for it", "documentRef", "RS 2024-0001"));

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void aCommandIsHandledInItsCallersContextAndNothingElse() throws Exception {
        Message<?> command = GenericCommandMessage.asCommandMessage(new RegisterInitiative("Digital triage"))
                .andMetaData(CALLER);

        Map<String, String> during = handle(MessageLogContext.onBus(), command);

        assertThat(during).containsEntry("correlationId", "corr-1")
                .containsEntry("causationId", "cause-1")
                .containsEntry("principal", "manager@region-stockholm")
                .containsEntry("role", "PORTFOLIO_MANAGER")
                .containsEntry("tenant", "region-stockholm")
                .containsEntry("messageType", "RegisterInitiative")
                .containsEntry("messageId", command.getIdentifier())
                .doesNotContainKeys("aggregateId", "processingGroup");
        assertThat(during.values()).as("no reason, document or payload field in the logs")
                .doesNotContain("Anna Andersson asked for it", "RS 2024-0001", "Digital triage");
        assertThat(MDC.getCopyOfContextMap()).as("cleared afterwards").isNullOrEmpty();
    }

    @Test
    void aDomainEventInAProcessorNamesItsAggregateAndGroup(CapturedOutput output) throws Exception {
        Message<?> event = new GenericDomainEventMessage<>("Initiative", "ini-7", 3,
                new InitiativeRegistered("ini-7", "Digital triage"), CALLER);

        Map<String, String> during = handle(MessageLogContext.inProcessor("portfolio"), event);

        assertThat(during).containsEntry("aggregateId", "ini-7")
                .containsEntry("processingGroup", "portfolio")
                .containsEntry("messageType", "InitiativeRegistered")
                .containsEntry("correlationId", "corr-1")
                .containsEntry("principal", "manager@region-stockholm");
        assertThat(output.getOut()).as("no INFO line per event").doesNotContain("InitiativeRegistered");
    }

    @Test
    void theOuterContextComesBackAfterANestedMessage() throws Exception {
        MDC.put("correlationId", "request-9");
        MDC.put("principal", "admin@region-stockholm");
        MDC.put("requestPath", "/api/initiatives");
        Message<?> withoutCaller = GenericEventMessage.asEventMessage(new InitiativeRegistered("ini-8", "x"));

        Map<String, String> during = handle(MessageLogContext.inProcessor("audit-trail"), withoutCaller);

        assertThat(during).as("the outer message's caller does not leak into one without")
                .doesNotContainKeys("correlationId", "principal")
                .containsEntry("requestPath", "/api/initiatives");
        assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of("correlationId", "request-9",
                "principal", "admin@region-stockholm", "requestPath", "/api/initiatives"));
    }

    @Test
    void aFailingHandlerIsLoggedInContextAndTheContextIsRestored(CapturedOutput output) {
        MDC.put("correlationId", "request-9");
        Message<?> event = new GenericDomainEventMessage<>("Initiative", "ini-7", 3,
                new InitiativeRegistered("ini-7", "Digital triage"), CALLER);
        Map<String, String> atFailure = new HashMap<>();
        DefaultUnitOfWork<Message<?>> unitOfWork = DefaultUnitOfWork.startAndGet(event);

        assertThatThrownBy(() -> MessageLogContext.inProcessor("portfolio").handle(unitOfWork, () -> {
            atFailure.putAll(MDC.getCopyOfContextMap());
            throw new IllegalStateException("duplicate key: Digital triage");
        })).isInstanceOf(IllegalStateException.class);
        unitOfWork.rollback();

        assertThat(atFailure).containsEntry("correlationId", "corr-1");
        assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of("correlationId", "request-9"));
        assertThat(output.getOut()).contains("event InitiativeRegistered failed in portfolio: "
                        + "java.lang.IllegalStateException")
                .as("an exception's message may quote the payload").doesNotContain("Digital triage");
    }

    private static Map<String, String> handle(MessageLogContext context, Message<?> message) throws Exception {
        Map<String, String> during = new HashMap<>();
        DefaultUnitOfWork<Message<?>> unitOfWork = DefaultUnitOfWork.startAndGet(message);
        unitOfWork.executeWithResult(() -> context.handle(unitOfWork, () -> {
            during.putAll(MDC.getCopyOfContextMap());
            return null;
        }));
        return during;
    }
}
