package org.integritydesk.cli.bench;

import java.nio.file.Files;

/** {@code db-file-bytes bytes=..}: the size of the database file on disk. */
public final class DatabaseSizeMeasurement implements Measurement {
    @Override
    public void run(BenchContext context) throws Exception {
        context.print(new Figure("db-file-bytes").with("bytes", Files.size(context.databaseFile())));
    }
}
