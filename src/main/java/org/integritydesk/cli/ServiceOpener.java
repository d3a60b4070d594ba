package org.integritydesk.cli;

import java.nio.file.Path;

/** Opens the services on a data folder; the composition root provides it. */
@FunctionalInterface
public interface ServiceOpener {
    CliServices open(Path dataDir);
}
