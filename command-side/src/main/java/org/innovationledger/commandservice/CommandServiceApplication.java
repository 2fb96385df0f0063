package org.innovationledger.commandservice;

import org.innovationledger.command.CommandSideConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/** The command side on its own: used in the distributed setups, where the query side runs elsewhere. */
@SpringBootApplication
@Import(CommandSideConfiguration.class)
public class CommandServiceApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(CommandServiceApplication.class)
                .properties("spring.config.name=command-service")
                .run(args);
    }
}
