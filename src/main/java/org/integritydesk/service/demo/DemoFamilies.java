package org.integritydesk.service.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.integritydesk.model.FamilyBusiness;
import org.integritydesk.model.FamilyRelation;
import org.integritydesk.model.Gender;

/**
 * The spouse and children's business activities (配偶子女从业) some cadres declare: about one
 * cadre in six, one or two relatives each. Children appear for cadres old enough to have grown-up
 * ones, their spouses for older cadres still.
 */
final class DemoFamilies {
    static final double DECLARING_SHARE = 1.0 / 6;
    private static final double SECOND_ENTRY_SHARE = 0.25;
    private static final int AGE_WITH_ADULT_CHILDREN = 45;
    private static final int AGE_WITH_MARRIED_CHILDREN = 52;

    private final DemoRandom random;
    private final DemoEmployers employers;

    DemoFamilies(DemoRandom random) {
        this.random = random;
        this.employers = new DemoEmployers(random);
    }

    /** What the cadre declares; empty for most. */
    List<FamilyBusiness> declarationsOf(UUID cadreId, PersonalName cadreName, Gender cadreGender, int cadreAge) {
        if (!random.chance(DECLARING_SHARE)) {
            return List.of();
        }
        List<FamilyRelation> possible = possibleRelations(cadreAge);
        List<FamilyBusiness> rows = new ArrayList<>(2);
        FamilyRelation first = possible.size() == 1 || random.chance(0.6) ? FamilyRelation.SPOUSE : random.pick(possible);
        rows.add(entry(cadreId, first, cadreName, cadreGender));
        if (possible.size() > 1 && random.chance(SECOND_ENTRY_SHARE)) {
            FamilyRelation second = random.pick(possible);
            if (second != first) {
                rows.add(entry(cadreId, second, cadreName, cadreGender));
            }
        }
        return List.copyOf(rows);
    }

    private static List<FamilyRelation> possibleRelations(int cadreAge) {
        if (cadreAge >= AGE_WITH_MARRIED_CHILDREN) {
            return List.of(FamilyRelation.values());
        }
        if (cadreAge >= AGE_WITH_ADULT_CHILDREN) {
            return List.of(FamilyRelation.SPOUSE, FamilyRelation.SON, FamilyRelation.DAUGHTER);
        }
        return List.of(FamilyRelation.SPOUSE);
    }

    private FamilyBusiness entry(UUID cadreId, FamilyRelation relation, PersonalName cadreName, Gender cadreGender) {
        UUID id = random.uuid();
        String name = relativeName(relation, cadreName, cadreGender);
        DemoEmployers.Occupation occupation = employers.occupation();
        return new FamilyBusiness(id, cadreId, relation, name, occupation.kind(), occupation.employerOrBusiness(),
                occupation.inJurisdiction(), occupation.notes());
    }

    private String relativeName(FamilyRelation relation, PersonalName cadreName, Gender cadreGender) {
        Gender gender = switch (relation) {
            case SPOUSE -> cadreGender == Gender.MALE ? Gender.FEMALE : Gender.MALE;
            case SON, SON_IN_LAW -> Gender.MALE;
            case DAUGHTER, DAUGHTER_IN_LAW -> Gender.FEMALE;
        };
        if (!cadreName.hasSurname()) {
            return ChineseNames.uyghurName(random, gender).full();
        }
        boolean child = relation == FamilyRelation.SON || relation == FamilyRelation.DAUGHTER;
        if (child && cadreGender == Gender.MALE) {
            // children take their father's surname; a woman cadre's children take her husband's
            return cadreName.surname() + ChineseNames.givenName(random, gender);
        }
        return ChineseNames.hanName(random, gender).full();
    }
}
