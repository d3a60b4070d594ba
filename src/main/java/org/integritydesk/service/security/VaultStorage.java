package org.integritydesk.service.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.integritydesk.service.ServiceException;
import org.integritydesk.store.Database;
import org.integritydesk.store.KeyVaultTable;

/**
 * Where the key vault's contents are kept: the key file beside an embedded database, or the one
 * {@code key_vault} row of a shared server, which every PC using the server reads before login.
 */
interface VaultStorage {
    /** The contents; {@link VaultFile.Contents#EMPTY} when there is no vault yet. */
    VaultFile.Contents read();

    boolean exists();

    /**
     * Writes what {@code change} makes of the current contents, with nobody else changing them in
     * between (another PC on a server included), and returns what was written.
     */
    VaultFile.Contents change(UnaryOperator<VaultFile.Contents> change);

    /** The key file in a data folder; one process at a time uses the folder (its lock). */
    static VaultStorage file(Path dataDir) {
        Path file = VaultFile.in(dataDir);
        return new VaultStorage() {
            @Override
            public VaultFile.Contents read() {
                return VaultFile.readAll(file);
            }

            @Override
            public boolean exists() {
                return Files.exists(file);
            }

            @Override
            public synchronized VaultFile.Contents change(UnaryOperator<VaultFile.Contents> change) {
                VaultFile.Contents next = change.apply(read());
                try {
                    Files.createDirectories(file.getParent());
                } catch (IOException e) {
                    throw new ServiceException(e, "error.file.write", file.getParent(), e.getMessage());
                }
                VaultFile.write(file, next);
                return next;
            }
        };
    }

    /** The {@code key_vault} row of a server database. */
    static VaultStorage server(Database database) {
        KeyVaultTable table = new KeyVaultTable(database);
        String where = database.server().map(Object::toString).orElse("key_vault");
        return new VaultStorage() {
            @Override
            public VaultFile.Contents read() {
                return table.read().map(text -> VaultFile.parse(text, where)).orElse(VaultFile.Contents.EMPTY);
            }

            @Override
            public boolean exists() {
                return table.read().isPresent();
            }

            @Override
            public VaultFile.Contents change(UnaryOperator<VaultFile.Contents> change) {
                String written = table.change(current -> VaultFile.format(
                        change.apply(current.map(text -> VaultFile.parse(text, where)).orElse(VaultFile.Contents.EMPTY))));
                return VaultFile.parse(written, where);
            }
        };
    }
}
