package org.innovationledger.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.session.SessionRepository;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without {@code ledger.sessions.store}, login sessions stay in the servlet container's memory, although Spring
 * Session's MongoDB module and the read models' MongoTemplate are both there (Spring Boot alone would move them to
 * MongoDB): the all-in-one has one instance, and needs no shared store.
 */
class SessionsInMemoryByDefaultTest extends SecuredLedger {

    @Autowired
    ApplicationContext context;

    @Test
    void theLoginFormsSessionIsTheServletContainers() throws Exception {
        assertThat(context.getBeanNamesForType(SessionRepository.class)).as("Spring Session's repositories").isEmpty();
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().allValues("Set-Cookie")).as("the session the login form opens")
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="))
                .noneSatisfy(cookie -> assertThat(cookie).startsWith("SESSION="));
    }
}
