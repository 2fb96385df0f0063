package org.innovationledger.security.session;

import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.annotation.web.http.SpringHttpSessionConfiguration;
import org.springframework.session.data.mongo.JdkMongoSessionConverter;
import org.springframework.session.data.mongo.MongoIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

import java.time.Duration;
import java.util.EnumSet;

/**
 * Where login sessions live ({@code ledger.sessions.store}). In memory by default: the servlet container's own
 * sessions, as in any Spring Boot application. With {@code mongodb}, Spring Session keeps them in a MongoDB that all
 * instances share, so the session the query service's login form opened (its signed-in user and its CSRF token) is
 * the same one the command service sees when the web interface's forms post to the command API.
 *
 * <p>The sessions are stored with Java serialization: what Spring Security keeps in them (the security context with
 * the signed-in local user, the CSRF token, a saved request) is serializable, and the classes are the security
 * module's and Spring's, present in both services.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SessionStoreProperties.class)
public class SharedSessions {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "ledger.sessions", name = "store", havingValue = "mongodb")
    @Import(SpringHttpSessionConfiguration.class)
    static class InMongoDb {

        private static final Logger log = LoggerFactory.getLogger(SharedSessions.class);

        @Bean(destroyMethod = "close")
        SessionStoreClient sessionStoreClient(SessionStoreProperties properties) {
            return new SessionStoreClient(properties.mongoUri());
        }

        /** Idle sessions expire after the servlet session timeout, as in memory; MongoDB's TTL index removes them. */
        @Bean
        MongoIndexedSessionRepository sessionRepository(SessionStoreClient client, SessionStoreProperties properties,
                                                        @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
            MongoIndexedSessionRepository sessions = new MongoIndexedSessionRepository(client.template());
            sessions.setCollectionName(properties.collection());
            sessions.setDefaultMaxInactiveInterval(timeout);
            // the application's class loader (an executable jar's), not the one ObjectInputStream would guess
            sessions.setMongoSessionConverter(new JdkMongoSessionConverter(new SerializingConverter(),
                    new DeserializingConverter(SharedSessions.class.getClassLoader()), timeout));
            log.info("Login sessions shared in MongoDB (collection {}, idle timeout {})", properties.collection(),
                    timeout);
            return sessions;
        }

        /** Early (ahead of Spring Security), and on error dispatches too, which must see the same session. */
        @Bean
        FilterRegistrationBean<SessionRepositoryFilter<?>> sessionRepositoryFilterRegistration(
                SessionRepositoryFilter<?> filter) {
            FilterRegistrationBean<SessionRepositoryFilter<?>> registration = new FilterRegistrationBean<>(filter);
            registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
            registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC,
                    DispatcherType.ERROR));
            return registration;
        }
    }
}
