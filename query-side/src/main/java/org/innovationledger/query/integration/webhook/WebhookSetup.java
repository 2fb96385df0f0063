package org.innovationledger.query.integration.webhook;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The webhooks processor never skips an event: a handler failure (the outbox cannot be written) propagates, so the
 * tracking processor backs off and handles the event again. Said here for this group on purpose, not left to the
 * default, since Axon's own default logs the failure and goes on, which would lose the delivery.
 */
@Configuration(proxyBeanMethods = false)
class WebhookSetup {

    @Bean
    ConfigurerModule webhookFailuresPropagate() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(WebhookOutbox.GROUP, c -> PropagatingErrorHandler.instance());
    }
}
