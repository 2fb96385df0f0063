package org.innovationledger.queryservice;

import org.innovationledger.query.QuerySideConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/**
 * The query side on its own: reads events from PostgreSQL (profile {@code postgres}) or Axon Server
 * (profile {@code axonserver}) while the command side runs elsewhere.
 */
@SpringBootApplication
@Import(QuerySideConfiguration.class)
public class QueryServiceApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(QueryServiceApplication.class)
                .properties("spring.config.name=query-service")
                .run(args);
    }
}
