package org.innovationledger.command.infra;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.innovationledger.command.RuleViolationException;
import org.innovationledger.kernel.common.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Turns a refused command into a {@link CommandExecutionException} whose details are a {@link RuleViolation},
 * so the reason survives the trip back to the sender even when Axon Server routed the command to another node.
 */
@Component
class RuleViolationInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (RuleViolationException e) {
            throw new CommandExecutionException(e.getMessage(), e, e.violation());
        } catch (AggregateNotFoundException e) {
            throw new CommandExecutionException(e.getMessage(), e, new RuleViolation("AGGREGATE_UNKNOWN",
                    "no " + unitOfWork.getMessage().getCommandName().replaceAll(".*\\.", "") + " target "
                            + e.getAggregateIdentifier() + " in this tenant", 404));
        }
    }
}
