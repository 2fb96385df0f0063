package org.innovationledger.query.infra;

import org.innovationledger.query.infra.asof.AsOfClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/**
 * "Today" for temporal facts such as a unit's name in force: the regions' own calendar day, not the server's
 * (a rename effective on 1 January applies from midnight in Stockholm, also on a server running in UTC). A query
 * answered as of an earlier moment sees that moment as "now" ({@link AsOfClock}).
 */
@Configuration(proxyBeanMethods = false)
class ClockSetup {

    @Bean
    Clock ledgerClock(@Value("${ledger.time-zone:Europe/Stockholm}") String zone) {
        return new AsOfClock(Clock.system(ZoneId.of(zone)));
    }
}
