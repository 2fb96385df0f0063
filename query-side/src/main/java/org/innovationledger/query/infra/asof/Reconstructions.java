package org.innovationledger.query.infra.asof;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last few finished reconstructions, least recently used dropped first. A reconstruction at a position depends
 * only on the events up to it, and history does not change, so a kept one answers every later request for the same
 * groups and position, for every tenant (query handlers filter by tenant). Only settled ones are kept: with the JDBC
 * store a transaction that began earlier can still commit an event at a lower position than one already visible (a
 * gap in the sequence), so a reconstruction up to the newest events may later turn out incomplete. It is settled
 * when an event beyond its position was already recorded a minute ago: any lower position's transaction would have
 * been open for over a minute, which Axon's own gap handling assumes does not happen. A database is dropped when
 * the last request using it is done and the cache no longer keeps it.
 */
final class Reconstructions {

    private final int capacity;
    private final TemporaryDatabases databases;
    private final LinkedHashMap<Reconstruction.Key, Reconstruction> kept = new LinkedHashMap<>(16, 0.75f, true);

    Reconstructions(int capacity, TemporaryDatabases databases) {
        this.capacity = capacity;
        this.databases = databases;
    }

    /** A kept reconstruction, now also held by the caller (release it), or null. */
    synchronized Reconstruction lease(Reconstruction.Key key) {
        Reconstruction found = kept.get(key);
        if (found != null) {
            found.holders++;
        }
        return found;
    }

    /** Keeps a reconstruction its caller holds, if settled and not kept already; may drop the least recently used. */
    synchronized void keep(Reconstruction reconstruction) {
        if (capacity <= 0 || !reconstruction.settled || kept.containsKey(reconstruction.key)) {
            return;
        }
        kept.put(reconstruction.key, reconstruction);
        reconstruction.holders++;
        Iterator<Map.Entry<Reconstruction.Key, Reconstruction>> eldest = kept.entrySet().iterator();
        while (kept.size() > capacity) {
            Reconstruction evicted = eldest.next().getValue();
            eldest.remove();
            release(evicted);
        }
    }

    /** The caller is done with it. */
    synchronized void release(Reconstruction reconstruction) {
        if (--reconstruction.holders == 0) {
            databases.drop(reconstruction.database);
        }
    }

    synchronized int size() {
        return kept.size();
    }
}
