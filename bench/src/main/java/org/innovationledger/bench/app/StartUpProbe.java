package org.innovationledger.bench.app;

import java.nio.file.Path;

/**
 * Run in a JVM of its own: starts the all-in-one ledger on the data folder given, prints how long the start took
 * and exits. So the start-up figure is a cold start, as a service's is, and not one in a JVM that has loaded and
 * compiled the ledger's classes before.
 */
public final class StartUpProbe {

    static final String STARTED = "LEDGER-STARTED-MILLIS ";

    private StartUpProbe() {
    }

    public static void main(String[] args) {
        try (LedgerProcess ledger = LedgerProcess.allInOne(Path.of(args[0]))) {
            System.out.println(STARTED + ledger.startUp().toMillis());
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }
}
