package org.innovationledger.query.infra.asof;

import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryGateway;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Answers as of an earlier point, wired in: the query gateway every controller gets (Axon's own, with the query
 * bus, plus the as-of path), the HTTP resolution of {@code asOf}/{@code asOfPosition}, and the reconstructions'
 * temporary databases. {@code ledger.as-of.kept} finished reconstructions are kept for reuse (default 8, 0 for none).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class AsOfSetup {

    /** Where the query side's read models live: handlers outside it take no part in reconstructions. */
    private static final String READ_MODELS = "org.innovationledger.query.";

    @Bean
    @Primary
    QueryGateway queryGateway(QueryBus queryBus, ObjectProvider<AsOfAnswers> answers) {
        // Axon's auto-configuration backs off for this bean; its own gateway is this one's bus path
        return new AsOfQueryGateway(DefaultQueryGateway.builder().queryBus(queryBus).build(), answers::getObject);
    }

    @Bean(destroyMethod = "close")
    TemporaryDatabases asOfDatabases() {
        return new TemporaryDatabases();
    }

    @Bean
    AsOfAnswers asOfAnswers(ApplicationContext context, ObjectProvider<Configuration> axon, EventStore eventStore,
                            TemporaryDatabases databases, Clock clock,
                            @Value("${ledger.as-of.kept:8}") int kept) {
        return new AsOfAnswers(() -> readModelBeans(context), () -> HandlerInspection.of(axon.getObject()),
                new LedgerHistory(eventStore), databases, clock, kept);
    }

    @Bean
    AsOfWeb asOfWeb(ObjectProvider<AsOfAnswers> answers) {
        return new AsOfWeb(answers::getObject);
    }

    /** Every GET of the query API documents the two parameters it accepts through the gateway. */
    @Bean
    OperationCustomizer asOfParameters() {
        return (operation, handler) -> {
            if (AnnotatedElementUtils.hasAnnotation(handler.getMethod(), GetMapping.class)
                    && ClassUtils.getUserClass(handler.getBeanType()).getName().startsWith(READ_MODELS)) {
                operation.addParametersItem(new QueryParameter().name(AsOfWeb.AS_OF).schema(new StringSchema())
                        .description("answer as the ledger stood at this instant (ISO-8601 with offset, e.g."
                                + " 2021-12-31T23:00:00Z) or at the end of this date in the ledger's time zone"
                                + " (2021-12-31); the response states the position and moment in Ledger-Position"
                                + " and Ledger-As-Of"));
                operation.addParametersItem(new QueryParameter().name(AsOfWeb.AS_OF_POSITION)
                        .schema(new IntegerSchema().format("int64").minimum(java.math.BigDecimal.ZERO))
                        .description("answer as the ledger stood at this global event position; not with asOf"));
            }
            return operation;
        };
    }

    private static List<Object> readModelBeans(ApplicationContext context) {
        return Arrays.stream(context.getBeanDefinitionNames())
                .filter(name -> {
                    Class<?> type = context.getType(name, false);
                    return type != null && type.getName().startsWith(READ_MODELS)
                            && ReadModelCatalogue.isReadModel(type);
                })
                .map(context::getBean)
                .filter(Objects::nonNull)
                .toList();
    }
}
