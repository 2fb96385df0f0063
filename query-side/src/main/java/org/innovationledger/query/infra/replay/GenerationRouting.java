package org.innovationledger.query.infra.replay;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryMessage;
import org.innovationledger.query.infra.ReadModelRouting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * Points each thread at the right generation of the read models: an event handler of processing group g at the
 * generation g writes (during a replay: the one being rebuilt), a query handler at the generation its group reads
 * (during a replay: still the previous, complete one). The projections and query handlers are unchanged: they use
 * Spring's MongoTemplate as always ({@link ReadModelRouting}). A thread already pointed elsewhere (an as-of
 * reconstruction in a database of its own) is left alone.
 */
@Configuration(proxyBeanMethods = false)
class GenerationRouting {

    private static final Logger log = LoggerFactory.getLogger(GenerationRouting.class);

    /** Every processor's handlers, and its dead letters when redelivered, write to the group's writing generation. */
    @Bean
    ConfigurerModule writingGenerationRouting(ReadModelGenerations generations, MongoDatabaseFactory factory) {
        return new ConfigurerModule() {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.eventProcessing().registerDefaultHandlerInterceptor((config, processorName) ->
                        new Routed<EventMessage<?>>(factory, generations.configured()) {
                            @Override
                            MongoDatabase target(EventMessage<?> message) {
                                return generations.writing(processorName);
                            }
                        });
            }
        };
    }

    /** Queries read the generation their group reads; the map from query to group is made once, at start-up. */
    @Bean
    SmartInitializingSingleton readingGenerationRouting(QueryBus queryBus, ReadModelGenerations generations,
                                                         MongoDatabaseFactory factory,
                                                         ConfigurableListableBeanFactory beans) {
        return () -> {
            Map<Class<?>, String> groups = queryGroups(beans);
            queryBus.registerHandlerInterceptor(new Routed<QueryMessage<?, ?>>(factory, generations.configured()) {
                @Override
                MongoDatabase target(QueryMessage<?, ?> query) {
                    String group = groups.get(query.getPayloadType());
                    return group == null ? null : generations.reading(group);
                }
            });
        };
    }

    /**
     * The processing group of each query handler's bean, by payload type. A query handler that reads read models
     * without a group to route it by would read the configured database even after a replay moved its read
     * models: refused at start-up.
     */
    static Map<Class<?>, String> queryGroups(ConfigurableListableBeanFactory beans) {
        Map<Class<?>, String> groups = new HashMap<>();
        for (String name : beans.getBeanDefinitionNames()) {
            Class<?> type = beans.getType(name, false);
            if (type == null) {
                continue;
            }
            Class<?> beanClass = AopUtils.isAopProxy(type) ? AopUtils.getTargetClass(type) : type;
            Map<Class<?>, Method> handlers = new HashMap<>();
            ReflectionUtils.doWithMethods(beanClass, method -> handlers.put(method.getParameterTypes()[0], method),
                    method -> AnnotatedElementUtils.hasAnnotation(method, QueryHandler.class)
                            && method.getParameterCount() > 0);
            if (handlers.isEmpty()) {
                continue;
            }
            String group = groupOf(beanClass);
            if (group == null) {
                if (readsReadModels(beanClass)) {
                    throw new IllegalStateException(beanClass.getName() + " answers queries from MongoDB but names"
                            + " no processing group: annotate it with @ReadsProcessingGroup");
                }
                log.debug("{} answers queries without read models: not routed", beanClass.getSimpleName());
                continue;
            }
            handlers.keySet().forEach(payload -> groups.put(payload, group));
        }
        return Map.copyOf(groups);
    }

    private static String groupOf(Class<?> beanClass) {
        ProcessingGroup processingGroup = AnnotatedElementUtils.findMergedAnnotation(beanClass, ProcessingGroup.class);
        if (processingGroup != null) {
            return processingGroup.value();
        }
        ReadsProcessingGroup reads = AnnotatedElementUtils.findMergedAnnotation(beanClass, ReadsProcessingGroup.class);
        return reads == null ? null : reads.value();
    }

    private static boolean readsReadModels(Class<?> beanClass) {
        boolean[] found = {false};
        ReflectionUtils.doWithFields(beanClass, field -> found[0] = true,
                (Field field) -> MongoOperations.class.isAssignableFrom(field.getType()));
        return found[0];
    }

    /** Runs the handler with the thread pointed at the target generation (nothing to do for the configured one). */
    private abstract static class Routed<M extends Message<?>>
            implements MessageHandlerInterceptor<M> {

        private final MongoDatabaseFactory factory;
        private final String configured;

        Routed(MongoDatabaseFactory factory, MongoDatabase configured) {
            this.factory = factory;
            this.configured = configured.getName();
        }

        abstract MongoDatabase target(M message);

        @Override
        public Object handle(UnitOfWork<? extends M> unitOfWork, InterceptorChain chain) throws Exception {
            MongoDatabase target = target(unitOfWork.getMessage());
            if (target == null || !factory.getMongoDatabase().getName().equals(configured)) {
                return chain.proceed();
            }
            try {
                return ReadModelRouting.in(target, () -> {
                    try {
                        return chain.proceed();
                    } catch (Exception e) {
                        throw new Carrier(e);
                    }
                });
            } catch (Carrier carried) {
                throw carried.exception;
            }
        }
    }

    /** Carries a handler's checked exception through the routing's supplier unchanged. */
    private static final class Carrier extends RuntimeException {
        final Exception exception;

        Carrier(Exception exception) {
            super(null, null, false, false);
            this.exception = exception;
        }
    }
}
