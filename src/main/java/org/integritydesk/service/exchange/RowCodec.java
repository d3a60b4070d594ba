package org.integritydesk.service.exchange;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The byte form of a row's columns and values: what packages carry, what a conflict keeps, and what
 * change capture hashes. Every read is bounded so that a hostile package cannot make it allocate
 * more than the bytes it has.
 */
public final class RowCodec {
    private static final int NULL = 0, STRING = 1, INT = 2, LONG = 3, BOOL = 4, DECIMAL = 5, UUID_TAG = 6,
            DATE = 7, DATETIME = 8, OFFSET_DATETIME = 9, TIME = 10, BYTES = 11;
    static final int MAX_COLUMNS = 200;

    private RowCodec() {
    }

    public record Row(List<String> columns, List<Object> values) {
    }

    public static byte[] encode(List<String> columns, List<Object> values) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeRow(out, columns, values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static Row decode(byte[] bytes) {
        try {
            return readRow(new DataInputStream(new java.io.ByteArrayInputStream(bytes)), bytes.length);
        } catch (IOException e) {
            throw new PackageException("error.exchange.damaged");
        }
    }

    /** A 64-bit change-detection hash (never 0, which stands for a deleted record). */
    public static long hash(List<String> columns, List<Object> values) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(encode(columns, values));
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (digest[i] & 0xff);
            }
            return h == 0 ? 1 : h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void writeRow(DataOutputStream out, List<String> columns, List<Object> values) throws IOException {
        out.writeShort(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            writeString(out, columns.get(i));
            writeValue(out, values.get(i));
        }
    }

    static Row readRow(DataInputStream in, int limit) throws IOException {
        int count = in.readUnsignedShort();
        if (count > MAX_COLUMNS) {
            throw new IOException("too many columns");
        }
        List<String> columns = new ArrayList<>(count);
        List<Object> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String column = readString(in, limit);
            if (!column.matches("[a-z_][a-z0-9_]*")) {
                throw new IOException("bad column name");
            }
            columns.add(column);
            values.add(readValue(in, limit));
        }
        return new Row(columns, values);
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String readString(DataInputStream in, int limit) throws IOException {
        return new String(readBytes(in, limit), StandardCharsets.UTF_8);
    }

    static byte[] readBytes(DataInputStream in, int limit) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > limit) {
            throw new IOException("bad length");
        }
        byte[] b = new byte[length];
        in.readFully(b);
        return b;
    }

    private static void writeValue(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String s) {
            out.writeByte(STRING);
            writeString(out, s);
        } else if (value instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (value instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (value instanceof Boolean b) {
            out.writeByte(BOOL);
            out.writeBoolean(b);
        } else if (value instanceof BigDecimal d) {
            out.writeByte(DECIMAL);
            writeString(out, d.toPlainString());
        } else if (value instanceof UUID u) {
            out.writeByte(UUID_TAG);
            out.writeLong(u.getMostSignificantBits());
            out.writeLong(u.getLeastSignificantBits());
        } else if (value instanceof LocalDate d) {
            out.writeByte(DATE);
            out.writeLong(d.toEpochDay());
        } else if (value instanceof LocalDateTime t) {
            out.writeByte(DATETIME);
            writeString(out, t.toString());
        } else if (value instanceof OffsetDateTime t) {
            out.writeByte(OFFSET_DATETIME);
            writeString(out, t.toString());
        } else if (value instanceof LocalTime t) {
            out.writeByte(TIME);
            writeString(out, t.toString());
        } else if (value instanceof byte[] b) {
            out.writeByte(BYTES);
            out.writeInt(b.length);
            out.write(b);
        } else {
            throw new IllegalArgumentException("cannot exchange " + value.getClass().getName());
        }
    }

    private static Object readValue(DataInputStream in, int limit) throws IOException {
        int tag = in.readUnsignedByte();
        try {
            return switch (tag) {
                case NULL -> null;
                case STRING -> readString(in, limit);
                case INT -> in.readInt();
                case LONG -> in.readLong();
                case BOOL -> in.readBoolean();
                case DECIMAL -> new BigDecimal(shortString(in, limit));
                case UUID_TAG -> new UUID(in.readLong(), in.readLong());
                case DATE -> LocalDate.ofEpochDay(in.readLong());
                case DATETIME -> LocalDateTime.parse(shortString(in, limit));
                case OFFSET_DATETIME -> OffsetDateTime.parse(shortString(in, limit));
                case TIME -> LocalTime.parse(shortString(in, limit));
                case BYTES -> readBytes(in, limit);
                default -> throw new IOException("bad value tag " + tag);
            };
        } catch (RuntimeException e) {
            throw new IOException("bad value", e);
        }
    }

    private static String shortString(DataInputStream in, int limit) throws IOException {
        return readString(in, Math.min(limit, 100));
    }
}
