package org.innovationledger.query.infra;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.io.IOException;
import java.util.zip.ZipOutputStream;

/**
 * The embedded server's H2 backend, storing every change before it answers. By default MVStore commits once a
 * second from a background thread, and a commit asked for while another store is running is silently skipped:
 * a killed process then lost acknowledged writes, among them read-model documents whose tracking token had
 * already been stored (so they were never redelivered). Here the background commit is off and commands run
 * one at a time, each stored before its answer. It costs throughput, which the embedded setup can spare.
 */
class DurableH2Backend extends H2Backend implements EmbeddedReadModelFile {

    DurableH2Backend(String fileName) {
        super(new MVStore.Builder().fileName(fileName).autoCommitDisabled().open());
    }

    @Override
    public synchronized Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document result = super.handleCommand(channel, databaseName, command, query);
        if (getMvStore().hasUnsavedChanges()) {
            commit();
        }
        return result;
    }

    /**
     * Copies the file between two commands: every acknowledged write is in it. (H2's own online backup: space
     * reuse is off while it copies, so the copy is a store as it stood after its last commit.)
     */
    @Override
    public synchronized void backupTo(ZipOutputStream zip) throws IOException {
        if (getMvStore().hasUnsavedChanges()) {
            commit();
        }
        getMvStore().getFileStore().backup(zip);
    }

    @Override
    public synchronized void close() {
        if (getMvStore().hasUnsavedChanges()) {
            commit();
        }
        super.close();
    }
}
