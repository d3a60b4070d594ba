package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.integritydesk.store.DatabaseInUseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenedDataFolderTest {
    @TempDir
    Path dir;

    @Test
    void opensOnItsOwnThreadAndSaysWhenTheFolderIsTaken() throws Exception {
        OpenedDataFolder opened = OpenedDataFolder.openInBackground(dir, Clock.systemUTC()).get(60, TimeUnit.SECONDS);
        try {
            assertThat(opened.failure()).isNull();
            assertThat(opened.profile()).as("not set up yet").isEmpty();

            OpenedDataFolder second = OpenedDataFolder.open(dir, Clock.systemUTC());

            assertThat(second.services()).isNull();
            assertThat(second.failure()).isInstanceOf(DatabaseInUseException.class);
        } finally {
            opened.services().close();
        }
    }
}
