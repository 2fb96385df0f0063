package org.innovationledger.query.infra.asof;

import org.axonframework.config.Configuration;
import org.axonframework.messaging.annotation.ClasspathHandlerDefinition;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

import java.util.function.Function;

/**
 * How Axon turns annotated methods into handlers: which parameters it can resolve (the token, sequence number,
 * timestamp, metadata, Spring beans) and which handler definitions wrap them. A reconstruction inspects the live
 * beans exactly as the running event processors and query bus do.
 */
public record HandlerInspection(ParameterResolverFactory parameters,
                                Function<Class<?>, HandlerDefinition> definitions) {

    /** The application's own: what its processors and query bus were configured with. */
    public static HandlerInspection of(Configuration axon) {
        return new HandlerInspection(axon.parameterResolverFactory(), axon::handlerDefinition);
    }

    /** What Axon finds on the class path, for use without a Spring context. */
    public static HandlerInspection classpath(Class<?> anchor) {
        return new HandlerInspection(ClasspathParameterResolverFactory.forClass(anchor),
                type -> ClasspathHandlerDefinition.forClass(type));
    }
}
