package org.innovationledger.query.infra;

import org.axonframework.queryhandling.QueryBus;
import org.innovationledger.security.logging.MessageLogContext;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Queries are answered in the log context of the query message (type, id, the request's correlation id and
 * caller); no line per query, the request's own lines say enough. The event processors' log context is the
 * security jar's (once per assembly).
 */
@Configuration(proxyBeanMethods = false)
class QueryLogContext {

    @Bean
    SmartInitializingSingleton queryBusLogContext(QueryBus queryBus) {
        return () -> queryBus.registerHandlerInterceptor(MessageLogContext.onBus());
    }
}
