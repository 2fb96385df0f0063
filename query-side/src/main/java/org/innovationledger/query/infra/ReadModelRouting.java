package org.innovationledger.query.infra;

import com.mongodb.client.MongoDatabase;

import java.util.function.Supplier;

/**
 * Which MongoDB database the read models of the current thread live in. Normally the configured one; a thread may
 * be pointed at another for the duration of some work: a temporary database that an as-of reconstruction replays
 * into, or the next generation of a projection that a replay rebuilds while the live one keeps answering. Every
 * projection and query handler reaches MongoDB through Spring's {@code MongoTemplate}, which asks the database
 * factory for its database on every operation, so pointing the thread is all it takes: the projection code is the
 * live code, unchanged.
 */
public final class ReadModelRouting {

    private static final ThreadLocal<MongoDatabase> CURRENT = new ThreadLocal<>();

    private ReadModelRouting() {
    }

    /** Runs the work with this thread's read models in {@code database}; the previous choice is restored after. */
    public static <T> T in(MongoDatabase database, Supplier<T> work) {
        MongoDatabase previous = CURRENT.get();
        CURRENT.set(database);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void in(MongoDatabase database, Runnable work) {
        in(database, () -> {
            work.run();
            return null;
        });
    }

    /** The database this thread is pointed at; null for the configured one. */
    static MongoDatabase current() {
        return CURRENT.get();
    }
}
