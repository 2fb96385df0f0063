package org.innovationledger.security.logging;

import jakarta.servlet.DispatcherType;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.innovationledger.security.AuthenticatedCaller;
import org.innovationledger.security.LedgerSecurityConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * Log context for every assembly that has this jar: per HTTP request, and per event handled by any event
 * processor. The event processors are configured here, once, because in the all-in-one assembly both sides share
 * one Axon configuration (registered by each side, every event would be logged twice). The command and query buses
 * are each side's own and register {@link MessageLogContext} there.
 */
@AutoConfiguration(after = LedgerSecurityConfiguration.class)
public class LedgerLoggingConfiguration {

    /**
     * Right after Spring Security's filter chain, so the caller is authenticated. A request that security turns away
     * (401, 403) never gets here: its lines have no context and its answer no X-Correlation-Id.
     */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<RequestLogContext> requestLogContext(AuthenticatedCaller callers) {
        FilterRegistrationBean<RequestLogContext> registration =
                new FilterRegistrationBean<>(new RequestLogContext(callers));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    ConfigurerModule eventProcessorLogContext() {
        return new ConfigurerModule() {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.eventProcessing()
                        .registerDefaultHandlerInterceptor((config, processor) ->
                                MessageLogContext.inProcessor(processor))
                        .registerDefaultDeadLetterPolicy(config -> new DeadLetterLog());
            }

            /** First, so that the other interceptors (the read models' generation routing) run in context. */
            @Override
            public int order() {
                return Integer.MIN_VALUE;
            }
        };
    }
}
