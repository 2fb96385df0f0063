package org.innovationledger.command.infra;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** The command side's calendar: the regions' own day (ledger.time-zone), also on a server running in UTC. */
@Configuration(proxyBeanMethods = false)
class CalendarSetup {

    @Bean
    LedgerCalendar ledgerCalendar(@Value("${ledger.time-zone:Europe/Stockholm}") String zone) {
        return new LedgerCalendar(Clock.system(ZoneId.of(zone)));
    }
}
