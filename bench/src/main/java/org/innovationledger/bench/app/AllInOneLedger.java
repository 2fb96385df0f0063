package org.innovationledger.bench.app;

import org.innovationledger.command.CommandSideConfiguration;
import org.innovationledger.query.QuerySideConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Both sides in one JVM exactly as deploy's InnovationLedgerApplication imports them (that class cannot be used from
 * here: the deploy jar is a repackaged Boot jar), configured by ledger-bench.yml, the counterpart of deploy's
 * application.yml. What it lacks from deploy: the demo loader (off in the benchmark anyway) and the backup endpoint.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({CommandSideConfiguration.class, QuerySideConfiguration.class})
public class AllInOneLedger {
}
