package org.integritydesk.service.demo;

/**
 * What demo data to make.
 *
 * @param cadres how many cadres, from 1 to {@link DemoDataService#MAX_CADRES}
 * @param seed the same seed gives the same names, numbers and dates
 * @param year the year the data describe: the staff as on 1 January of it; not after the current year
 */
public record DemoOptions(int cadres, long seed, int year) {
    public static final int DEFAULT_CADRES = 150;
    public static final long DEFAULT_SEED = 360821L;

    /** The usual demo: 150 cadres, the fixed default seed. */
    public static DemoOptions defaultsFor(int year) {
        return new DemoOptions(DEFAULT_CADRES, DEFAULT_SEED, year);
    }
}
