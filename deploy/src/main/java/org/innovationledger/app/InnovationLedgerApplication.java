package org.innovationledger.app;

import org.innovationledger.command.CommandSideConfiguration;
import org.innovationledger.query.QuerySideConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * Innovation Ledger in one JVM: command side and query side on local buses, events in an H2 file and read
 * models in the embedded MongoDB-wire server, both in the data folder. What README's first command starts.
 */
@SpringBootApplication
@Import({CommandSideConfiguration.class, QuerySideConfiguration.class})
public class InnovationLedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(InnovationLedgerApplication.class, args);
    }
}
