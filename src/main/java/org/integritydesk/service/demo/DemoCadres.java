package org.integritydesk.service.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreStatus;
import org.integritydesk.model.FamilyBusiness;
import org.integritydesk.model.Gender;
import org.integritydesk.model.IdNumber;
import org.integritydesk.model.RecordStamp;

/**
 * Makes the cadre who fills a post: a person whose age suits the post, whose dates follow from
 * the birth date (working from 18 to 25, appointed later), and whose ID number, gender and
 * mobile agree.
 *
 * <p>The data describe the staff as it stands on 1 January of the demo year. Taking that day,
 * not today, keeps every date in the past for any year up to the current one and keeps the data
 * of a seed the same whatever day they are generated on.
 */
final class DemoCadres {
    /** Staff are born at most 25 years before the demo year (1963–2001 for 2026, as the issue asks). */
    static final int YOUNGEST_AGE = 24;
    private static final int OLDEST_MAN_BIRTH_YEARS_BACK = 63;
    private static final int OLDEST_WOMAN_BIRTH_YEARS_BACK = 58;
    /** Leaders are still some years from retirement. */
    private static final int OLDEST_MALE_LEADER_BIRTH_YEARS_BACK = 57;
    private static final int OLDEST_FEMALE_LEADER_BIRTH_YEARS_BACK = 54;
    private static final int MEN_RETIRE_AT = 60;
    private static final int WOMEN_RETIRE_AT = 55;
    private static final double MALE_SHARE_OF_LEADERS = 0.85;
    private static final double MALE_SHARE_OF_STAFF = 0.58;
    /** A few: enough that the middle-dot names show up in a few thousand cadres. */
    private static final double UYGHUR_SHARE = 1.0 / 250;
    private static final double TRANSFERRED_SHARE = 0.03;
    private static final double WITHOUT_MOBILE_SHARE = 0.03;
    private static final String TRANSFERRED_NOTE = "已调离，档案留存";

    /** A cadre with the family-business rows of their file. */
    record GeneratedCadre(Cadre cadre, List<FamilyBusiness> family) {
    }

    private final DemoRandom random;
    private final int year;
    private final LocalDate referenceDate;
    private final DemoIdNumbers idNumbers;
    private final DemoMobiles mobiles = new DemoMobiles();
    private final DemoFamilies families;

    /** @param takenIdNumbers numbers already stored, which no generated cadre may get */
    DemoCadres(DemoRandom random, int year, Collection<String> takenIdNumbers) {
        this.random = random;
        this.year = year;
        this.referenceDate = LocalDate.of(year, 1, 1);
        this.idNumbers = new DemoIdNumbers(takenIdNumbers, referenceDate);
        this.families = new DemoFamilies(random);
    }

    GeneratedCadre make(StaffPlan.Slot slot) {
        DemoRole role = slot.role();
        UUID id = random.uuid();
        Gender gender = random.chance(role.leadership() ? MALE_SHARE_OF_LEADERS : MALE_SHARE_OF_STAFF)
                ? Gender.MALE : Gender.FEMALE;
        boolean uyghur = random.chance(UYGHUR_SHARE);
        PersonalName name = uyghur ? ChineseNames.uyghurName(random, gender) : ChineseNames.hanName(random, gender);
        String ethnicity = uyghur ? DemoBackgrounds.UYGHUR : DemoBackgrounds.ethnicity(random);
        LocalDate birth = birthDate(role, gender);
        IdNumber idNumber = idNumbers.next(random, DemoIdNumbers.areaFor(random, uyghur), birth, gender);
        int age = Period.between(birth, referenceDate).getYears();
        CadreStatus status = status(role, gender, age);
        LocalDate workStart = random.dateBetween(birth.plusYears(18), min(birth.plusYears(25), referenceDate));
        LocalDate appointment = appointmentDate(role, workStart, status == CadreStatus.RETIRED
                ? birth.plusYears(retirementAge(gender)) : referenceDate);
        String mobile = random.chance(WITHOUT_MOBILE_SHARE) ? null : mobiles.next(random);
        Cadre cadre = new Cadre(id, slot.unit().id(), name.full(), idNumber, ethnicity,
                DemoBackgrounds.politicalStatus(random, role, age), DemoBackgrounds.education(random, age),
                role.position(), role.category(), role.important(), status, mobile, workStart, appointment,
                status == CadreStatus.TRANSFERRED ? TRANSFERRED_NOTE : null, RecordStamp.NEW, null);
        return new GeneratedCadre(cadre, families.declarationsOf(id, name, gender, age));
    }

    private LocalDate birthDate(DemoRole role, Gender gender) {
        boolean male = gender == Gender.MALE;
        int yearsBack = role.leadership()
                ? (male ? OLDEST_MALE_LEADER_BIRTH_YEARS_BACK : OLDEST_FEMALE_LEADER_BIRTH_YEARS_BACK)
                : (male ? OLDEST_MAN_BIRTH_YEARS_BACK : OLDEST_WOMAN_BIRTH_YEARS_BACK);
        int latestYear = year - 1 - role.minimumAge();
        int earliestYear = Math.min(year - yearsBack, latestYear);
        return random.dateBetween(LocalDate.of(earliestYear, 1, 1), LocalDate.of(latestYear, 12, 31));
    }

    private CadreStatus status(DemoRole role, Gender gender, int age) {
        if (role.leadership()) {
            return CadreStatus.ACTIVE;
        }
        if (age >= retirementAge(gender)) {
            return CadreStatus.RETIRED;
        }
        return random.chance(TRANSFERRED_SHARE) ? CadreStatus.TRANSFERRED : CadreStatus.ACTIVE;
    }

    /**
     * When the cadre took up the present post: leaders after some years of work and within the
     * last two terms; staff at any time in the last fifteen years of their working life.
     */
    private LocalDate appointmentDate(DemoRole role, LocalDate workStart, LocalDate latest) {
        LocalDate earliest = role.leadership()
                ? max(workStart.plusYears(8), referenceDate.minusYears(8))
                : max(workStart, latest.minusYears(15));
        return random.dateBetween(min(earliest, latest), latest);
    }

    private static int retirementAge(Gender gender) {
        return gender == Gender.MALE ? MEN_RETIRE_AT : WOMEN_RETIRE_AT;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
