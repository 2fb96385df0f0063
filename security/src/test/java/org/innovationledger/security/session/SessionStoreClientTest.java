package org.innovationledger.security.session;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionStoreClientTest {

    /** Turned on without a MongoDB, a service refuses to start, saying what is missing, rather than run unshared. */
    @Test
    void sharedSessionsWithoutAMongoDbStopTheStart() {
        assertThatThrownBy(() -> new SessionStoreClient("")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MONGODB_URI");
        assertThatThrownBy(() -> new SessionStoreClient(null)).hasMessageContaining("ledger.sessions.mongo-uri");
    }
}
