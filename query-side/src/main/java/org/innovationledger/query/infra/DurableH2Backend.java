package org.innovationledger.query.infra;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The embedded server's H2 backend, committing after every command that changed something. By default it
 * commits once a second, and a killed process lost acknowledged writes, including tracking tokens that were
 * then ahead of their read models.
 */
class DurableH2Backend extends H2Backend {

    DurableH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document result = super.handleCommand(channel, databaseName, command, query);
        if (getMvStore().hasUnsavedChanges()) {
            commit();
        }
        return result;
    }
}
