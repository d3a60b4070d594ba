package org.integritydesk.service.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.integritydesk.model.Gender;
import org.integritydesk.model.IdNumber;

/**
 * Valid, unique GB 11643 ID numbers: the area where a person was registered, the birth date, a
 * sequence whose last digit is odd for men and even for women, and the check character.
 */
final class DemoIdNumbers {
    /** Ji'an County: the county bureau's own code is also the area code of most of its people. */
    static final String HOME_AREA = "360821";
    private static final double HOME_AREA_SHARE = 0.85;
    /** Elsewhere in Jiangxi: the Ji'an city districts and neighbouring counties, Nanchang, Ganzhou... */
    private static final List<String> OTHER_JIANGXI_AREAS = List.of(
            "360802", "360803", "360822", "360823", "360824", "360825", "360826", "360827", "360828",
            "360829", "360830", "360881", "360102", "360111", "360121", "360502", "360702", "361002");
    /** Ürümqi, Kashgar, Aksu, Yining: where the Uyghur colleagues were registered. */
    private static final List<String> XINJIANG_AREAS = List.of("650102", "650103", "653101", "652901", "654002");
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int MAX_ATTEMPTS = 10_000;

    private final Set<String> taken;
    private final LocalDate referenceDate;

    /**
     * @param alreadyTaken numbers already stored (a cadre in the recycle bin keeps its number)
     * @param referenceDate no birth date lies after it
     */
    DemoIdNumbers(Collection<String> alreadyTaken, LocalDate referenceDate) {
        this.taken = new HashSet<>(alreadyTaken);
        this.referenceDate = referenceDate;
    }

    static String areaFor(DemoRandom random, boolean fromXinjiang) {
        if (fromXinjiang) {
            return random.pick(XINJIANG_AREAS);
        }
        return random.chance(HOME_AREA_SHARE) ? HOME_AREA : random.pick(OTHER_JIANGXI_AREAS);
    }

    /** A number nobody else here has, drawing new sequence numbers until one is free. */
    IdNumber next(DemoRandom random, String area, LocalDate birthDate, Gender gender) {
        String prefix = area + BASIC_DATE.format(birthDate);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            StringBuilder number = new StringBuilder(18).append(prefix).append(random.digits(2));
            int genderDigit = 2 * random.below(5) + (gender == Gender.MALE ? 1 : 0);
            number.append(genderDigit);
            number.append(IdNumber.checkCharacterFor(number));
            String value = number.toString();
            if (taken.add(value)) {
                return IdNumber.parse(value, referenceDate);
            }
        }
        // 500 numbers per gender, area and day: only reachable with far more people than the demo makes
        throw new IllegalStateException("no free ID number left for area " + area + " and birth date " + birthDate);
    }
}
