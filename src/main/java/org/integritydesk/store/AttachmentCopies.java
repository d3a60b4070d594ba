package org.integritydesk.store;

import java.util.Optional;
import java.util.UUID;

/**
 * Where the encrypted copies of attachments are shared between PCs: on a server, the table
 * {@code attachment_copy}; on the embedded database nowhere ({@link #NONE}: one PC, one folder).
 * The copies are the same sealed bytes as in a PC's attachments folder, so the table holds nothing
 * readable without the database's file key.
 */
public interface AttachmentCopies {
    /** The server's table of copies. */
    String TABLE = "attachment_copy";

    /** No sharing: the attachments folder is the only place. */
    AttachmentCopies NONE = new AttachmentCopies() {
        @Override
        public void put(UUID id, byte[] sealed) {
        }

        @Override
        public Optional<byte[]> get(UUID id) {
            return Optional.empty();
        }

        @Override
        public boolean has(UUID id) {
            return false;
        }

        @Override
        public void delete(UUID id) {
        }
    };

    /** Keeps the copy of attachment {@code id} (an attachment's content never changes: a second put is ignored). */
    void put(UUID id, byte[] sealed);

    Optional<byte[]> get(UUID id);

    boolean has(UUID id);

    void delete(UUID id);

    /** The {@code attachment_copy} table of a server database; joins a transaction of {@code tx} under way. */
    static AttachmentCopies inTable(Transactions tx) {
        Jdbc jdbc = new Jdbc(tx);
        return new AttachmentCopies() {
            @Override
            public void put(UUID id, byte[] sealed) {
                tx.run(() -> {
                    if (jdbc.count("SELECT COUNT(*) FROM attachment_copy WHERE attachment_id = ?", id) == 0) {
                        jdbc.update("INSERT INTO attachment_copy (attachment_id, content) VALUES (?, ?)", id, sealed);
                    }
                });
            }

            @Override
            public Optional<byte[]> get(UUID id) {
                return tx.read(() -> jdbc.queryOne("SELECT content FROM attachment_copy WHERE attachment_id = ?",
                        rs -> rs.getBytes(1), id));
            }

            @Override
            public boolean has(UUID id) {
                return tx.read(() -> jdbc.count("SELECT COUNT(*) FROM attachment_copy WHERE attachment_id = ?", id) > 0);
            }

            @Override
            public void delete(UUID id) {
                tx.run(() -> jdbc.update("DELETE FROM attachment_copy WHERE attachment_id = ?", id));
            }
        };
    }
}
