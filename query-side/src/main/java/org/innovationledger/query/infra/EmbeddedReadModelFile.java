package org.innovationledger.query.infra;

import java.io.IOException;
import java.util.zip.ZipOutputStream;

/**
 * The embedded MongoDB-wire server's file ({@code <data>/readmodels.mv}), for an online backup. Present only when
 * no {@code MONGODB_URI} is set; a real MongoDB is backed up with its own tools (mongodump).
 */
public interface EmbeddedReadModelFile {

    /** Adds a consistent copy of the file to the zip, as one entry named like the file. */
    void backupTo(ZipOutputStream zip) throws IOException;
}
