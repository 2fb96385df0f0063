package org.innovationledger.command.infra;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.innovationledger.kernel.common.RuleViolation;
import org.innovationledger.security.logging.LogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.Map;

/**
 * One line per handled command: INFO once its events are stored, WARN when it is refused (the rule's code only:
 * the detail may quote what the caller sent) or fails (the failure's type; the API's exception handler logs the
 * rest). Runs inside {@link org.innovationledger.security.logging.MessageLogContext}, so the line names the
 * command, its correlation id and caller. No Spring bean: Axon's auto-configuration registers every handler
 * interceptor bean on the command bus, which would log each command twice, out of order.
 */
class CommandLog implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(CommandLog.class);

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        long started = System.nanoTime();
        // the events are stored after the handler returned, when the message's log context is gone: taken along
        Map<String, String> context = MDC.getCopyOfContextMap();
        unitOfWork.afterCommit(committed -> {
            try (LogContext ignored = LogContext.of(context == null ? Map.of() : context)) {
                log.info("command {} handled in {} ms", command, (System.nanoTime() - started) / 1_000_000);
            }
        });
        try {
            return chain.proceed();
        } catch (CommandExecutionException e) {
            RuleViolation violation = e.getDetails().filter(RuleViolation.class::isInstance)
                    .map(RuleViolation.class::cast).orElse(null);
            if (violation != null) {
                log.warn("command {} refused: {}", command, violation.rule());
            } else {
                failed(command, e.getCause() == null ? e : e.getCause());
            }
            throw e;
        } catch (Exception | Error e) {
            failed(command, e);
            throw e;
        }
    }

    private static void failed(String command, Throwable failure) {
        if (failure instanceof IllegalArgumentException) {
            log.warn("command {} refused: INVALID_INPUT", command);
        } else {
            log.warn("command {} failed: {}", command, failure.getClass().getName());
        }
    }
}
