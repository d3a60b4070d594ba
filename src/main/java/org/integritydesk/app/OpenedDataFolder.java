package org.integritydesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.integritydesk.service.BureauProfile;

/**
 * The window's data folder once opened: the services and the bureau's profile, or why it could not
 * be opened. Opening takes about as long as starting the JavaFX toolkit, so the launcher starts it
 * on its own thread and the two overlap (docs/performance.md).
 */
record OpenedDataFolder(AppServices services, Optional<BureauProfile> profile, RuntimeException failure) {

    static OpenedDataFolder open(Path dataDir, Clock clock) {
        AppServices services = null;
        try {
            services = AppServices.open(dataDir, clock);
            return new OpenedDataFolder(services, services.setup().profile(), null);
        } catch (RuntimeException e) {
            return new OpenedDataFolder(services, Optional.empty(), e);
        }
    }

    static CompletableFuture<OpenedDataFolder> openInBackground(Path dataDir, Clock clock) {
        CompletableFuture<OpenedDataFolder> opened = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                opened.complete(open(dataDir, clock));
            } catch (Throwable e) {
                opened.completeExceptionally(e);
            }
        }, "open-data-folder");
        thread.setDaemon(true);
        thread.start();
        return opened;
    }
}
