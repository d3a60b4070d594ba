package org.integritydesk.service.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The only source of chance in the demo data. Names, ID numbers, dates and the row keys are all
 * drawn from one seeded {@link Random} in a fixed order, so the same seed gives the same rows;
 * {@link UUID#randomUUID()} would not. Only the methods of {@link Random} whose algorithm its
 * specification fixes are used, so a seed means the same data on every Java version.
 */
final class DemoRandom {
    private final Random random;

    DemoRandom(long seed) {
        this.random = new Random(seed);
    }

    /** A number from 0 to {@code bound - 1}. */
    int below(int bound) {
        return random.nextInt(bound);
    }

    /** A number from {@code from} to {@code to}, both included. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A day from {@code from} to {@code to}, both included. */
    LocalDate dateBetween(LocalDate from, LocalDate to) {
        int days = (int) ChronoUnit.DAYS.between(from, to);
        return from.plusDays(random.nextInt(days + 1));
    }

    /** {@code count} decimal digits. */
    String digits(int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    /** A key that looks like any random (version 4) UUID but comes from the seed. */
    UUID uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
