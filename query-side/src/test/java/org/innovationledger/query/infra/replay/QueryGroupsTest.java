package org.innovationledger.query.infra.replay;

import org.axonframework.queryhandling.QueryHandler;
import org.innovationledger.kernel.accounts.FetchInnovationAccounts;
import org.innovationledger.kernel.indicator.FetchIndicators;
import org.innovationledger.kernel.initiative.FindInitiative;
import org.innovationledger.kernel.initiative.FindInitiativeTimeline;
import org.innovationledger.kernel.initiative.FindPortfolioOverview;
import org.innovationledger.kernel.need.FindNeed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every query of the query side is answered from the read models of one processing group, known at start-up. */
class QueryGroupsTest {

    @Test
    void everyQueryThatReadsReadModelsIsRoutedByItsGroup() throws Exception {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
        Set<Class<?>> queries = new HashSet<>();
        for (BeanDefinition component : scanner.findCandidateComponents("org.innovationledger.query")) {
            Class<?> type = Class.forName(component.getBeanClassName());
            beans.registerBeanDefinition(component.getBeanClassName(), new RootBeanDefinition(type));
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(QueryHandler.class)) {
                    queries.add(method.getParameterTypes()[0]);
                }
            }
        }
        Map<Class<?>, String> groups = GenerationRouting.queryGroups(beans);
        Set<Class<?>> unrouted = new HashSet<>(queries);
        unrouted.removeAll(groups.keySet());
        assertThat(unrouted).as("only the accounts, folded from the event store").containsExactly(
                FetchInnovationAccounts.class);
        assertThat(groups).containsEntry(FindPortfolioOverview.class, "portfolio")
                .as("answered by PortfolioQueries, which reads the portfolio's documents")
                .containsEntry(FindInitiative.class, "portfolio")
                .containsEntry(FindInitiativeTimeline.class, "initiative-timeline")
                .containsEntry(FindNeed.class, "needs")
                .containsEntry(FetchIndicators.class, "indicators")
                .as("the accounts are folded from the event store, no read model")
                .doesNotContainKey(FetchInnovationAccounts.class);
    }

    static class Unrouted {
        MongoTemplate mongo;

        @QueryHandler
        String handle(FindNeed query) {
            return "";
        }
    }

    @Test
    void aQueryHandlerReadingMongoWithoutAGroupIsRefused() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerBeanDefinition("unrouted", new RootBeanDefinition(Unrouted.class));
        assertThatThrownBy(() -> GenerationRouting.queryGroups(beans))
                .hasMessageContaining("Unrouted").hasMessageContaining("@ReadsProcessingGroup");
    }
}
