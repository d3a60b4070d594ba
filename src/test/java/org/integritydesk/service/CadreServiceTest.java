package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.integritydesk.testing.DraftBuilder.draft;
import static org.integritydesk.testing.DraftBuilder.familyRow;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.integritydesk.model.BusinessKind;
import org.integritydesk.model.Action;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreDraft.FamilyBusinessDraft;
import org.integritydesk.model.CadreFile;
import org.integritydesk.model.CadreRules;
import org.integritydesk.model.CadreSearch;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.FamilyBusiness;
import org.integritydesk.model.FamilyRelation;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.Gender;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.PersonName;
import org.integritydesk.testing.DraftBuilder;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CadreServiceTest {
    private static final String EXT_B = new String(Character.toChars(0x20BB7));
    private static final String LI_SI_ID = IdNumbers.of("360821", "19850314", "019");   // ends in X

    @TempDir
    Path dir;

    private TestServices services;
    private CadreService cadres;
    private OrgUnit chengguan;
    private OrgUnit futan;

    @BeforeEach
    void openDatabase() {
        services = TestServices.open(dir);
        cadres = services.cadres;
        OrgUnit bureau = services.setUpBureau();
        chengguan = services.subBureau(bureau, "36082101", "城关分局");
        futan = services.subBureau(bureau, "36082102", "敦厚分局");
    }

    @AfterEach
    void closeDatabase() {
        services.close();
    }

    private static ValidationException refused(ThrowingCallable call) {
        ValidationException e = catchThrowableOfType(ValidationException.class, call);
        assertThat(e).as("a ValidationException").isNotNull();
        return e;
    }

    private DraftBuilder zhangSan() {
        return draft(chengguan.id());
    }

    private DraftBuilder liSi() {
        return draft(futan.id()).name("李四").idNumber(LI_SI_ID).position("执法队员")
                .workStartDate(LocalDate.of(2008, 9, 1)).appointmentDate(null);
    }

    @Test
    void listsACreatedCadre() {
        Cadre created = cadres.create(zhangSan().build());

        assertThat(cadres.listCadres())
                .extracting(CadreSummary::id, CadreSummary::name, CadreSummary::nameInitials, CadreSummary::unitName,
                        CadreSummary::position, CadreSummary::version)
                .containsExactly(tuple(created.id(), "张三", "zs", "城关分局", "副局长", 1));
    }

    @Test
    void opensTheFileOfACreatedCadre() {
        Cadre created = cadres.create(zhangSan().mobile("+86 138-0013-8000").build());

        CadreFile file = cadres.openFile(created.id());

        Cadre cadre = file.cadre();
        assertThat(cadre.name()).isEqualTo("张三");
        assertThat(cadre.idNumber().value()).isEqualTo(DraftBuilder.ZHANG_SAN_ID);
        assertThat(cadre.gender()).isEqualTo(Gender.MALE);
        assertThat(cadre.birthDate()).isEqualTo(LocalDate.of(1980, 2, 29));
        assertThat(cadre.mobile()).isEqualTo("13800138000");
        assertThat(cadre.workStartDate()).isEqualTo(LocalDate.of(2002, 7, 1));
        assertThat(cadre.appointmentDate()).isEqualTo(LocalDate.of(2016, 3, 1));
        assertThat(cadre.isDeleted()).isFalse();
        assertThat(file.unit().id()).isEqualTo(chengguan.id());
        assertThat(file.unitPath()).isEqualTo("吉安县市场监督管理局 / 城关分局");
    }

    @Test
    void stampsANewCadreWithTheClockUserAndSite() {
        Cadre created = cadres.create(zhangSan().build());

        assertThat(created.stamp().createdAt()).isEqualTo(TestServices.NOW);
        assertThat(created.stamp().updatedAt()).isEqualTo(TestServices.NOW);
        assertThat(created.stamp().updatedBy()).isEqualTo(TestServices.USER);
        assertThat(created.stamp().originUnit()).isEqualTo(TestServices.SITE);
        assertThat(created.version()).isEqualTo(1);
    }

    @Test
    void updateWithTheCurrentVersionSavesAndBumpsTheVersion() {
        Cadre created = cadres.create(zhangSan().build());

        Cadre updated = cadres.update(created.id(), created.version(), zhangSan().position("局长").build());

        assertThat(updated.version()).isEqualTo(created.version() + 1);
        assertThat(updated.position()).isEqualTo("局长");
        assertThat(cadres.openFile(created.id()).cadre().position()).isEqualTo("局长");
        assertThat(cadres.listCadres()).extracting(CadreSummary::version).containsExactly(2);
    }

    @Test
    void updateWithAStaleVersionThrowsConcurrentEditAndChangesNothing() {
        Cadre created = cadres.create(zhangSan().family(familyRow(FamilyRelation.SPOUSE, "李梅", "吉安县人民医院")).build());
        Cadre first = cadres.update(created.id(), created.version(), zhangSan().position("局长")
                .family(familyRow(FamilyRelation.SPOUSE, "李梅", "吉安县中医院")).build());

        assertThatThrownBy(() -> cadres.update(created.id(), created.version(),
                zhangSan().position("科员").family(familyRow(FamilyRelation.SON, "张小明", "某公司")).build()))
                .isInstanceOf(ConcurrentEditException.class)
                .satisfies(e -> {
                    // names who saved it last and when (the test's fixed clock, shown in this PC's zone)
                    assertThat(((ServiceException) e).messageKey()).isEqualTo("error.concurrentEditBy");
                    assertThat(((ServiceException) e).args()).containsExactly("张三", TestServices.USER,
                            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                                    .format(TestServices.NOW.atZone(java.time.ZoneId.systemDefault())));
                });

        CadreFile file = cadres.openFile(created.id());
        assertThat(file.cadre().position()).isEqualTo("局长");
        assertThat(file.cadre().version()).isEqualTo(first.version());
        assertThat(file.familyBusinesses()).extracting(FamilyBusiness::name, FamilyBusiness::employerOrBusiness)
                .containsExactly(tuple("李梅", "吉安县中医院"));
    }

    @Test
    void refusesADuplicateIdNumber() {
        cadres.create(zhangSan().build());

        ValidationException e = refused(() -> cadres.create(liSi().idNumber(DraftBuilder.ZHANG_SAN_ID).build()));

        assertThat(e.errors()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("idNumber", "validation.idNumber.taken"));
        assertThat(e.errors().get(0).args()).containsExactly("张三");
        assertThat(cadres.listCadres()).extracting(CadreSummary::name).containsExactly("张三");
    }

    @Test
    void refusesADuplicateIdNumberTypedWithLowercaseXAndFullWidthDigits() {
        cadres.create(liSi().build());
        String typedDifferently = LI_SI_ID.substring(0, 6).replace('3', '３') + LI_SI_ID.substring(6, 17) + "x";

        ValidationException e = refused(() -> cadres.create(zhangSan().idNumber(typedDifferently).build()));

        assertThat(e.errors()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("idNumber", "validation.idNumber.taken"));
        assertThat(cadres.listCadres()).hasSize(1);
    }

    @Test
    void refusesTheIdNumberOfACadreInTheRecycleBin() {
        Cadre deleted = cadres.create(zhangSan().build());
        cadres.delete(deleted.id(), deleted.version());

        ValidationException e = refused(() -> cadres.create(liSi().idNumber(DraftBuilder.ZHANG_SAN_ID).build()));

        assertThat(e.errors()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("idNumber", "validation.idNumber.inRecycleBin"));
        assertThat(cadres.listCadres()).isEmpty();
        assertThat(cadres.listRecycleBin()).extracting(CadreSummary::name).containsExactly("张三");
    }

    @Test
    void refusesChangingAnIdNumberToOneAlreadyTaken() {
        cadres.create(zhangSan().build());
        Cadre li = cadres.create(liSi().build());

        ValidationException e = refused(() -> cadres.update(li.id(), li.version(), liSi().idNumber(DraftBuilder.ZHANG_SAN_ID).build()));

        assertThat(e.errors()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("idNumber", "validation.idNumber.taken"));
        assertThat(cadres.openFile(li.id()).cadre().idNumber().value()).isEqualTo(LI_SI_ID);
    }

    @Test
    void refusesAnInvalidDraftAndStoresNothing() {
        String wrongCheck = DraftBuilder.ZHANG_SAN_ID.substring(0, 17)
                + (DraftBuilder.ZHANG_SAN_ID.charAt(17) == '1' ? '2' : '1');

        ValidationException e = refused(() -> cadres.create(zhangSan().idNumber(wrongCheck).mobile("12800138000")
                        .family(familyRow(FamilyRelation.SPOUSE, "李梅", "吉安县人民医院")).build()));

        assertThat(e.errors()).extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                tuple("idNumber", "validation.idNumber.WRONG_CHECK_CHARACTER"),
                tuple("mobile", "validation.mobile"));
        assertThat(cadres.listCadres()).isEmpty();
        assertThat(cadres.listRecycleBin()).isEmpty();
        assertThat(cadres.findByIdNumber(wrongCheck, Action.VIEW)).isEmpty();
    }

    @Test
    void refusesAUnitThatDoesNotExist() {
        ValidationException e = refused(() -> cadres.create(zhangSan().unitId(UUID.randomUUID()).build()));

        assertThat(e.errors()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("unit", "validation.unit.unknown"));
        assertThat(cadres.listCadres()).isEmpty();
    }

    @Test
    void refusesAFamilyRowTooLongToStoreAsAValidationError() {
        String employer = "吉安县" + "某".repeat(500) + "有限公司";

        ValidationException e = refused(() -> cadres.create(zhangSan().family(familyRow(FamilyRelation.SPOUSE, "李梅", employer)).build()));

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("familyBusinesses[0]");
        assertThat(cadres.listCadres()).isEmpty();
    }

    @Test
    void storesTextsAtTheirLimitsInCharactersOutsideTheBmp() {
        String ext = EXT_B;
        Cadre created = cadres.create(zhangSan().name(ext.repeat(PersonName.MAX_CODE_POINTS))
                .position(ext.repeat(CadreRules.MAX_TEXT)).ethnicity(ext.repeat(CadreRules.MAX_TEXT))
                .notes(ext.repeat(CadreRules.MAX_NOTES))
                .family(new FamilyBusinessDraft(FamilyRelation.SPOUSE, ext.repeat(PersonName.MAX_CODE_POINTS),
                        BusinessKind.EMPLOYED, ext.repeat(CadreRules.MAX_TEXT), false,
                        ext.repeat(CadreRules.MAX_FAMILY_NOTES)))
                .build());

        CadreFile file = cadres.openFile(created.id());
        assertThat(file.cadre().notes()).isEqualTo(ext.repeat(CadreRules.MAX_NOTES));
        assertThat(file.cadre().position()).isEqualTo(ext.repeat(CadreRules.MAX_TEXT));
        assertThat(file.familyBusinesses().get(0).employerOrBusiness()).isEqualTo(ext.repeat(CadreRules.MAX_TEXT));
        assertThat(file.familyBusinesses().get(0).notes()).isEqualTo(ext.repeat(CadreRules.MAX_FAMILY_NOTES));
    }

    @Test
    void deleteHidesTheCadreFromTheListAndShowsItInTheRecycleBin() {
        Cadre zhang = cadres.create(zhangSan().build());
        cadres.create(liSi().build());

        cadres.delete(zhang.id(), zhang.version());

        assertThat(cadres.listCadres()).extracting(CadreSummary::name).containsExactly("李四");
        assertThat(cadres.listRecycleBin()).extracting(CadreSummary::name, CadreSummary::deletedAt)
                .containsExactly(tuple("张三", TestServices.NOW));
        assertThat(cadres.openFile(zhang.id()).cadre().isDeleted()).isTrue();
    }

    @Test
    void opensTheFilesOfGivenCadresInTheOrderGivenWithoutTheRecycleBin() {
        Cadre zhang = cadres.create(zhangSan().build());
        Cadre li = cadres.create(liSi().build());
        Cadre wang = cadres.create(draft(futan.id()).name("王五").idNumber(IdNumbers.of("360821", "19750101", "031")).build());
        cadres.delete(wang.id(), wang.version());

        List<CadreFile> files = cadres.openFilesOf(List.of(li.id(), wang.id(), zhang.id(), UUID.randomUUID()), org.integritydesk.model.Action.VIEW);

        assertThat(files).extracting(f -> f.cadre().name()).containsExactly("李四", "张三");
        assertThat(files.get(0).unitPath()).contains("敦厚分局");
    }

    @Test
    void deleteWithAStaleVersionIsRefused() {
        Cadre zhang = cadres.create(zhangSan().build());
        cadres.update(zhang.id(), zhang.version(), zhangSan().position("局长").build());

        assertThatThrownBy(() -> cadres.delete(zhang.id(), zhang.version()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(cadres.listCadres()).hasSize(1);
    }

    @Test
    void refusesEditingACadreInTheRecycleBin() {
        Cadre zhang = cadres.create(zhangSan().build());
        cadres.delete(zhang.id(), zhang.version());
        int version = cadres.listRecycleBin().get(0).version();

        assertThatThrownBy(() -> cadres.update(zhang.id(), version, zhangSan().position("局长").build()))
                .isInstanceOf(ServiceException.class)
                .satisfies(e -> assertThat(((ServiceException) e).messageKey()).isEqualTo("error.cadre.deleted"));
        assertThat(cadres.openFile(zhang.id()).cadre().position()).isEqualTo("副局长");
    }

    @Test
    void restoreBringsTheCadreBack() {
        Cadre zhang = cadres.create(zhangSan().family(familyRow(FamilyRelation.SPOUSE, "李梅", "吉安县人民医院")).build());
        cadres.delete(zhang.id(), zhang.version());
        CadreSummary inBin = cadres.listRecycleBin().get(0);

        cadres.restore(inBin.id(), inBin.version());

        assertThat(cadres.listRecycleBin()).isEmpty();
        assertThat(cadres.listCadres()).extracting(CadreSummary::name).containsExactly("张三");
        CadreFile file = cadres.openFile(zhang.id());
        assertThat(file.cadre().isDeleted()).isFalse();
        assertThat(file.familyBusinesses()).extracting(FamilyBusiness::name).containsExactly("李梅");
    }

    @Test
    void searchesTheListByNameInitialsUnitPositionAndIdTail() {
        cadres.create(zhangSan().build());
        cadres.create(liSi().build());
        cadres.create(draft(chengguan.id()).name("曾国藩").idNumber(IdNumbers.of("360821", "19900708", "009"))
                .position("执法队员").workStartDate(null).appointmentDate(null).build());
        List<CadreSummary> all = cadres.listCadres();

        assertThat(search(all, "zgf")).containsExactly("曾国藩");
        assertThat(search(all, "城关")).containsExactlyInAnyOrder("张三", "曾国藩");
        assertThat(search(all, "执法 城关")).containsExactly("曾国藩");
        assertThat(search(all, LI_SI_ID.substring(14).toLowerCase())).containsExactly("李四");
        assertThat(search(all, "")).hasSize(3);
    }

    private static List<String> search(List<CadreSummary> list, String query) {
        CadreSearch search = new CadreSearch(query);
        return list.stream().filter(search::matches).map(CadreSummary::name).toList();
    }

    @Test
    void storesANameOutsideTheBmpWhole() {
        String name = EXT_B + "乐";

        Cadre created = cadres.create(zhangSan().name(name).build());

        assertThat(cadres.openFile(created.id()).cadre().name()).isEqualTo(name);
        assertThat(PersonName.codePointLength(cadres.openFile(created.id()).cadre().name())).isEqualTo(2);
        assertThat(cadres.listCadres()).extracting(CadreSummary::name, CadreSummary::nameInitials)
                .containsExactly(tuple(name, EXT_B + "l"));
        assertThat(cadres.findByIdNumber(DraftBuilder.ZHANG_SAN_ID, Action.VIEW)).map(Cadre::name).contains(name);
    }

    @Test
    void storesAThirtyCodePointNameOutsideTheBmp() {
        String name = EXT_B.repeat(PersonName.MAX_CODE_POINTS);

        Cadre created = cadres.create(zhangSan().name(name).build());

        assertThat(cadres.openFile(created.id()).cadre().name()).isEqualTo(name);
    }

    @Test
    void storesFamilyRowsInTheOrderEntered() {
        List<FamilyBusinessDraft> rows = List.of(
                new FamilyBusinessDraft(FamilyRelation.SPOUSE, "李梅", BusinessKind.EMPLOYED, "吉安县人民医院", true, null),
                new FamilyBusinessDraft(FamilyRelation.SON, "张小明", BusinessKind.OWN_BUSINESS, "吉安县明明商贸有限公司", true, "经营食品"),
                new FamilyBusinessDraft(FamilyRelation.DAUGHTER, "张" + EXT_B, BusinessKind.OTHER, "在读研究生", false, null),
                new FamilyBusinessDraft(FamilyRelation.DAUGHTER_IN_LAW, "阿依古丽·买买提", BusinessKind.EMPLOYED, "某银行", false, null));

        Cadre created = cadres.create(zhangSan().family(rows).build());

        assertThat(cadres.openFile(created.id()).familyBusinesses())
                .extracting(FamilyBusiness::relation, FamilyBusiness::name, FamilyBusiness::businessKind,
                        FamilyBusiness::employerOrBusiness, FamilyBusiness::inJurisdiction, FamilyBusiness::notes)
                .containsExactly(
                        tuple(FamilyRelation.SPOUSE, "李梅", BusinessKind.EMPLOYED, "吉安县人民医院", true, null),
                        tuple(FamilyRelation.SON, "张小明", BusinessKind.OWN_BUSINESS, "吉安县明明商贸有限公司", true, "经营食品"),
                        tuple(FamilyRelation.DAUGHTER, "张" + EXT_B, BusinessKind.OTHER, "在读研究生", false, null),
                        tuple(FamilyRelation.DAUGHTER_IN_LAW, "阿依古丽·买买提", BusinessKind.EMPLOYED, "某银行", false, null));
    }

    @Test
    void updateReplacesTheFamilyRows() {
        Cadre created = cadres.create(zhangSan().family(
                familyRow(FamilyRelation.SPOUSE, "李梅", "吉安县人民医院"),
                familyRow(FamilyRelation.SON, "张小明", "某公司")).build());

        cadres.update(created.id(), created.version(), zhangSan().family(
                familyRow(FamilyRelation.DAUGHTER, "张小红", "吉安县第二中学"),
                familyRow(FamilyRelation.SPOUSE, "李梅", "吉安县中医院"),
                familyRow(FamilyRelation.SON_IN_LAW, "王强", "某银行")).build());

        assertThat(cadres.openFile(created.id()).familyBusinesses())
                .extracting(FamilyBusiness::name, FamilyBusiness::employerOrBusiness)
                .containsExactly(tuple("张小红", "吉安县第二中学"), tuple("李梅", "吉安县中医院"), tuple("王强", "某银行"));
        assertThat(cadres.draftOf(created.id()).familyBusinesses()).hasSize(3);
    }

    @Test
    void updateWithNoFamilyRowsClearsThem() {
        Cadre created = cadres.create(zhangSan().family(familyRow(FamilyRelation.SPOUSE, "李梅", "吉安县人民医院")).build());

        cadres.update(created.id(), created.version(), zhangSan().family(List.of()).build());

        assertThat(cadres.openFile(created.id()).familyBusinesses()).isEmpty();
    }

    @Test
    void draftOfAStoredCadreSavesBackUnchanged() {
        Cadre created = cadres.create(zhangSan().family(familyRow(FamilyRelation.SPOUSE, "李梅", "吉安县人民医院")).build());

        Cadre saved = cadres.update(created.id(), created.version(), cadres.draftOf(created.id()));

        assertThat(saved).usingRecursiveComparison().ignoringFields("stamp").isEqualTo(created);
    }

    @Test
    void normalisesTheTypedNameAndIdNumberBeforeStoring() {
        Cadre created = cadres.create(liSi().name("  阿沛•阿旺晋美 ").idNumber(LI_SI_ID.substring(0, 17) + "x").build());

        assertThat(created.name()).isEqualTo("阿沛·阿旺晋美");
        assertThat(created.idNumber().value()).isEqualTo(LI_SI_ID);
    }
}
