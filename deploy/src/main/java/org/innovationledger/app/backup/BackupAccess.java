package org.innovationledger.app.backup;

import org.innovationledger.security.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.innovationledger.kernel.common.LedgerRole.ADMIN;
import static org.springframework.http.HttpMethod.POST;

/** Only an admin takes backups: a backup holds every region's events and read models. */
@Configuration(proxyBeanMethods = false)
class BackupAccess {

    @Bean
    EndpointAccess backupEndpoints() {
        return rules -> rules.requestMatchers(POST, BackupController.BACKUPS).hasRole(ADMIN.name());
    }
}
