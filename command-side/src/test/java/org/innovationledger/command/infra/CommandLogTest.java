package org.innovationledger.command.infra;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.innovationledger.command.RuleViolationException;
import org.innovationledger.security.logging.MessageLogContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class CommandLogTest {

    record RegisterInitiative(String title) {
    }

    @Test
    void aStoredCommandIsLoggedOnceCommittedInItsContext(CapturedOutput output) {
        run(() -> "ini-1");

        assertThat(output.getOut()).containsPattern("command RegisterInitiative handled in \\d+ ms")
                .doesNotContain("Digital triage");
    }

    @Test
    void aRefusalNamesTheRuleOnlyAndNothingIsHandled(CapturedOutput output) {
        run(() -> {
            throw new RuleViolationException("TITLE_TAKEN", "an initiative is already titled Digital triage");
        });

        assertThat(output.getOut()).contains("command RegisterInitiative refused: TITLE_TAKEN")
                .doesNotContain("handled in", "Digital triage");
    }

    @Test
    void aFailureNamesItsType(CapturedOutput output) {
        run(() -> {
            throw new IllegalStateException("connection to the event store lost");
        });

        assertThat(output.getOut()).contains("command RegisterInitiative failed: java.lang.IllegalStateException")
                .doesNotContain("handled in");
    }

    /** Through the command bus's interceptors in their order: log context, this line, rule violations. */
    private static void run(InterceptorChain handler) {
        CommandMessage<?> command = GenericCommandMessage.asCommandMessage(new RegisterInitiative("Digital triage"))
                .andMetaData(MetaData.from(Map.of("correlationId", "corr-1", "principal", "manager")));
        DefaultUnitOfWork<CommandMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(command);
        CommandLog log = new CommandLog();
        RuleViolationInterceptor violations = new RuleViolationInterceptor();
        unitOfWork.executeWithResult(() -> MessageLogContext.onBus().handle(unitOfWork,
                () -> log.handle(unitOfWork, () -> violations.handle(unitOfWork, handler))));
    }
}
