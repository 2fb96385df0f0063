package org.innovationledger.command.infra;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.innovationledger.security.logging.MessageLogContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The command gateway: caller metadata on dispatch, a log context and line per command, rule violations carried
 * back as details, and a retry when another writer appended to the same aggregate first (the unique key on
 * aggregate and sequence caught it).
 */
@Configuration(proxyBeanMethods = false)
class CommandBusSetup {

    @Bean(destroyMethod = "shutdown")
    ScheduledExecutorService commandRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    RetryScheduler commandRetryScheduler(ScheduledExecutorService commandRetryExecutor) {
        // Only lost races are worth another try; a broken rule stays broken.
        return LostRaceRetryScheduler.builder()
                .retryExecutor(commandRetryExecutor)
                .backOff(20, 500)
                .maxRetryCount(8)
                .build();
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, RetryScheduler commandRetryScheduler,
                                  CallerMetadataInterceptor callerMetadata,
                                  RuleViolationInterceptor ruleViolations) {
        // outermost first: the log context, then the line that sees the refusal as the sender will
        commandBus.registerHandlerInterceptor(MessageLogContext.onBus());
        commandBus.registerHandlerInterceptor(new CommandLog());
        commandBus.registerHandlerInterceptor(ruleViolations);
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(commandRetryScheduler)
                .dispatchInterceptors(callerMetadata)
                .build();
    }

    static boolean causedByConcurrency(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
