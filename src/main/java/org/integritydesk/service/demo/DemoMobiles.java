package org.integritydesk.service.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Mobile numbers of the mainland operators' real prefixes (all 1[3-9]...), none given twice. */
final class DemoMobiles {
    private static final List<String> PREFIXES = List.of(
            "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
            "156", "157", "158", "159", "166", "173", "176", "177", "178", "180", "181", "182", "183", "184", "185",
            "186", "187", "188", "189", "191", "198", "199");

    private final Set<String> given = new HashSet<>();

    String next(DemoRandom random) {
        while (true) {
            String number = random.pick(PREFIXES) + random.digits(8);
            if (given.add(number)) {
                return number;
            }
        }
    }
}
