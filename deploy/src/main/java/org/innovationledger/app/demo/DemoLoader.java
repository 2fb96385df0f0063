package org.innovationledger.app.demo;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.innovationledger.kernel.common.RuleViolation;
import org.innovationledger.kernel.fund.SubmitFundingApplication;
import org.innovationledger.kernel.indicator.SubmitIndicatorValue;
import org.innovationledger.kernel.initiative.RegisterInitiative;
import org.innovationledger.kernel.mission.DefineMission;
import org.innovationledger.kernel.need.IdentifyNeed;
import org.innovationledger.kernel.organisation.RegisterOrganisationUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Loads a demonstration portfolio built from the source documents into an empty event store once the application
 * has started: Region Stockholm's 2021 projects, the two 2021 calls of its Innovationsfonden and its two decided
 * indicators reported for 2020 and 2021, VGR's five
 * pilots, Västerbotten's innovation clinics and partnership cases, Hovedstaden's three missions. Every command goes
 * through the command gateway like a user's, as principal {@value DemoCommands#PRINCIPAL} with {@code demo=true} in
 * its metadata, so every event says it is demonstration data, not a region's real decision.
 * <p>
 * On when {@code ledger.demo} is true (off unless configured; the embedded setup turns it on, PostgreSQL and Axon
 * Server do not unless asked), and only into a store with no events at all: a second start loads nothing. The
 * loader stops at the first refused command and says so in the log; the store then holds the demo up to that
 * command, and only an empty store (a fresh data folder) loads it again.
 */
@Component
public class DemoLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    /** What the loader did at start-up. */
    public enum Outcome { DISABLED, SKIPPED_STORE_NOT_EMPTY, LOADED, FAILED, NOT_RUN }

    /**
     * @param commandsByTenant commands sent per tenant (over all its parts), in loading order
     * @param failure          why loading stopped, null unless FAILED
     */
    public record Result(Outcome outcome, Map<String, Integer> commandsByTenant, String failure) {
    }

    private final CommandGateway gateway;
    private final EventStore eventStore;
    private final boolean enabled;
    private final List<DemoRegion> regions;
    private volatile Result result = new Result(Outcome.NOT_RUN, Map.of(), null);

    public DemoLoader(CommandGateway gateway, EventStore eventStore,
                      @Value("${ledger.demo:false}") boolean enabled) {
        this.gateway = gateway;
        this.eventStore = eventStore;
        this.enabled = enabled;
        // Innovationsfonden's two calls (440 commands on two long streams) after every portfolio, so every portfolio
        // fills first; then Stockholm's indicators, which report for units of its portfolio; last the edition of
        // Stockholm's innovation accounts 2021, built from all of it
        this.regions = List.of(new StockholmDemo(), new VastraGotalandDemo(), new VasterbottenDemo(),
                new VasterbottenPartnerships(),
                new HovedstadenDemo(), new StockholmInnovationFund(), new StockholmIndicators(),
                new StockholmAccounts());
    }

    /** What happened at start-up. */
    public Result result() {
        return result;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void loadOnStart() {
        if (!enabled) {
            LOG.debug("Demo data off (ledger.demo=false)");
            result = new Result(Outcome.DISABLED, Map.of(), null);
            return;
        }
        if (!storeIsEmpty()) {
            LOG.info("Demo data not loaded: the event store already holds events (it is loaded into an empty store"
                    + " only)");
            result = new Result(Outcome.SKIPPED_STORE_NOT_EMPTY, Map.of(), null);
            return;
        }
        result = load();
    }

    /**
     * Empty when the store has no head: the JDBC engine answers null (no global index yet), Axon Server a token
     * before its first event (-1). Any other answer counts as not empty, so nothing is ever loaded twice.
     */
    boolean storeIsEmpty() {
        TrackingToken head = eventStore.createHeadToken();
        if (head == null) {
            return true;
        }
        OptionalLong position = head.position();
        return position.isPresent() && position.getAsLong() < 0;
    }

    private Result load() {
        long started = System.nanoTime();
        Map<String, Integer> byTenant = new LinkedHashMap<>();
        List<String> summaries = new ArrayList<>();
        LOG.info("Demo data: loading the demonstration portfolio from the source documents into the empty store"
                + " (ledger.demo=true; start with --ledger.demo=false to leave it out)");
        for (DemoRegion region : regions) {
            DemoCommands commands = new DemoCommands(gateway, region.tenant(), region.reason());
            try {
                region.load(commands);
            } catch (RuntimeException e) {
                byTenant.merge(region.tenant(), commands.sent(), Integer::sum);
                String failure = describe(e);
                LOG.error("Demo data: loading STOPPED in {} after {} commands there ({} in all): the command {} was"
                                + " refused: {}. The event store now holds the demo only up to that command; nothing"
                                + " more is loaded. To load the demo again start on an empty data folder (or fix the"
                                + " demo data in org.innovationledger.app.demo).",
                        region.tenant(), commands.sent(), total(byTenant), commands.current(), failure, e);
                return new Result(Outcome.FAILED, Collections.unmodifiableMap(byTenant),
                        region.tenant() + ": " + failure);
            }
            byTenant.merge(region.tenant(), commands.sent(), Integer::sum);
            summaries.add(region.tenant() + ": units " + commands.sent(RegisterOrganisationUnit.class)
                    + ", needs " + commands.sent(IdentifyNeed.class)
                    + ", initiatives " + commands.sent(RegisterInitiative.class)
                    + ", missions " + commands.sent(DefineMission.class)
                    + ", fund applications " + commands.sent(SubmitFundingApplication.class)
                    + ", indicator values " + commands.sent(SubmitIndicatorValue.class)
                    + " (" + commands.sent() + " commands)");
        }
        LOG.info("Demo data loaded in {} ms, {} commands, all marked demo=true by principal {}: {}",
                (System.nanoTime() - started) / 1_000_000, total(byTenant), DemoCommands.PRINCIPAL,
                String.join("; ", summaries));
        return new Result(Outcome.LOADED, Collections.unmodifiableMap(byTenant), null);
    }

    private static int total(Map<String, Integer> byTenant) {
        return byTenant.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String describe(RuntimeException e) {
        if (e instanceof CommandExecutionException refused) {
            return refused.getDetails()
                    .map(details -> details instanceof RuleViolation rule
                            ? rule.rule() + " (" + rule.detail() + ")" : String.valueOf(details))
                    .orElse(String.valueOf(e.getMessage()));
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
