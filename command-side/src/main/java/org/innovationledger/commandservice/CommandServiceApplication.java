package org.innovationledger.commandservice;

import org.innovationledger.command.CommandSideConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.boot.autoconfigure.data.mongo.MongoRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/**
 * The command side on its own: used in the distributed setups, where the query side runs elsewhere. It keeps nothing
 * in MongoDB: the driver is on its class path for the shared login sessions only, which connect on their own
 * (ledger.sessions), so Spring Boot's MongoDB client (to localhost, with its health check) stays out.
 */
@SpringBootApplication(exclude = {MongoAutoConfiguration.class, MongoDataAutoConfiguration.class,
        MongoRepositoriesAutoConfiguration.class})
@Import(CommandSideConfiguration.class)
public class CommandServiceApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(CommandServiceApplication.class)
                .properties("spring.config.name=command-service")
                .run(args);
    }
}
