package org.integritydesk.ui.cadre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.ZHANG_SAN_ID;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.integritydesk.model.BusinessKind;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreDraft.FamilyBusinessDraft;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.FamilyRelation;
import org.integritydesk.model.Gender;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.service.Messages;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CadreFormViewModelTest {
    private static final String WRONG_CHECK_ID = ZHANG_SAN_ID.substring(0, 17) + (ZHANG_SAN_ID.endsWith("1") ? "2" : "1");
    private static final String LI_SI_ID = IdNumbers.of("360821", "19850314", "019");

    @TempDir
    Path dir;

    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Cadre> saved = new ArrayList<>();
    private TestServices services;
    private OrgUnit chengguan;
    private CadreFormViewModel form;

    @BeforeEach
    void openDatabase() {
        services = TestServices.open(dir);
        chengguan = services.subBureau(services.setUpBureau(), "36082101", "城关分局");
        form = newForm();
    }

    @AfterEach
    void closeDatabase() {
        services.close();
    }

    private CadreFormViewModel newForm() {
        return new CadreFormViewModel(services.cadres, new DirectTaskRunner(), dialogs, messages,
                Clock.fixed(TestServices.NOW, TestServices.ZONE));
    }

    private void fillValid(CadreFormViewModel target, String idNumber) {
        target.unitProperty().set(chengguan);
        target.nameProperty().set("张三");
        target.idNumberProperty().set(idNumber);
        target.positionProperty().set("副局长");
    }

    private CadreFormViewModel editing(Cadre cadre) {
        CadreFormViewModel edit = newForm();
        edit.edit(cadre, chengguan, services.cadres.draftOf(cadre.id()));
        return edit;
    }

    @Test
    void showsNoMessageBeforeAFieldIsTouched() {
        assertThat(form.errors()).isEmpty();
        assertThat(form.errorSummary()).isEmpty();
    }

    @Test
    void wrongCheckDigitShowsItsMessageOnTheIdNumberFieldOnceTouched() {
        form.idNumberProperty().set(WRONG_CHECK_ID);

        assertThat(form.errors()).containsOnlyKeys("idNumber");
        assertThat(form.errors().get("idNumber")).isEqualTo(messages.get("validation.idNumber.WRONG_CHECK_CHARACTER"));
    }

    @Test
    void saveStoresNothingWhileTheIdNumberIsWrong() {
        fillValid(form, WRONG_CHECK_ID);

        form.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(services.cadres.listCadres()).isEmpty();
        assertThat(form.errors()).containsOnlyKeys("idNumber");
        assertThat(form.errorSummary()).isEqualTo(messages.get("cadre.form.errorSummary", 1));
    }

    @Test
    void saveMarksEveryMissingRequiredField() {
        form.save(saved::add);

        assertThat(form.errors()).containsKeys("unit", "name", "idNumber", "position");
        assertThat(services.cadres.listCadres()).isEmpty();
    }

    @Test
    void genderAndBirthDateAreDerivedFromAValidIdNumber() {
        form.idNumberProperty().set(ZHANG_SAN_ID);

        assertThat(form.derivedGenderProperty().get()).isEqualTo(messages.get(Gender.MALE.messageKey()));
        assertThat(form.derivedBirthDateProperty().get()).isEqualTo("1980-02-29");
    }

    @Test
    void derivedValuesGoBackToTheHintWhenTheIdNumberBecomesWrong() {
        form.idNumberProperty().set(ZHANG_SAN_ID);

        form.idNumberProperty().set(WRONG_CHECK_ID);

        String hint = new org.integritydesk.service.Messages(java.util.Locale.SIMPLIFIED_CHINESE).get("cadre.form.fromIdNumber");
        assertThat(form.derivedGenderProperty().get()).isEqualTo(hint);
        assertThat(form.derivedBirthDateProperty().get()).isEqualTo(hint);
    }

    @Test
    void aValidFormSavesAndCallsBackWithTheStoredCadre() {
        fillValid(form, ZHANG_SAN_ID);

        form.save(saved::add);

        assertThat(saved).hasSize(1);
        Cadre cadre = saved.get(0);
        assertThat(cadre.name()).isEqualTo("张三");
        assertThat(cadre.position()).isEqualTo("副局长");
        assertThat(cadre.unitId()).isEqualTo(chengguan.id());
        assertThat(services.cadres.findByIdNumber(ZHANG_SAN_ID, org.integritydesk.model.Action.VIEW)).contains(cadre);
        assertThat(form.savingProperty().get()).isFalse();
    }

    @Test
    void editingLoadsTheStoredValuesWithoutShowingErrors() {
        Cadre stored = services.cadres.create(draft(chengguan.id()).build());

        CadreFormViewModel edit = editing(stored);

        assertThat(edit.isEditing()).isTrue();
        assertThat(edit.titleProperty().get()).isEqualTo(messages.get("cadre.form.titleEdit", "张三"));
        assertThat(edit.positionProperty().get()).isEqualTo("副局长");
        assertThat(edit.errors()).isEmpty();
    }

    @Test
    void editingAnExistingCadreUpdatesIt() {
        Cadre stored = services.cadres.create(draft(chengguan.id()).build());
        CadreFormViewModel edit = editing(stored);

        edit.positionProperty().set("局长");
        edit.save(saved::add);

        assertThat(saved).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(stored.id());
            assertThat(c.position()).isEqualTo("局长");
            assertThat(c.version()).isGreaterThan(stored.version());
        });
        assertThat(services.cadres.listCadres()).extracting(CadreSummary::position).containsExactly("局长");
    }

    @Test
    void aStaleVersionShowsTheConcurrentEditErrorAndKeepsTheTypedValues() {
        Cadre stored = services.cadres.create(draft(chengguan.id()).build());
        CadreFormViewModel edit = editing(stored);
        services.cadres.update(stored.id(), stored.version(), draft(chengguan.id()).position("调研员").build());

        edit.positionProperty().set("局长");
        edit.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(dialogs.errors()).containsExactly(new RecordingDialogService.Shown(
                messages.get("cadre.form.conflictTitle"), conflictText()));
        assertThat(edit.positionProperty().get()).isEqualTo("局长");
        assertThat(edit.nameProperty().get()).isEqualTo("张三");
        assertThat(edit.savingProperty().get()).isFalse();
        assertThat(services.cadres.listCadres()).extracting(CadreSummary::position).containsExactly("调研员");
    }

    @Test
    void aStaleVersionOffersToReloadAndDecliningKeepsWhatWasTyped() {
        Cadre stored = services.cadres.create(draft(chengguan.id()).build());
        CadreFormViewModel edit = editing(stored);
        List<String> reloads = new ArrayList<>();
        edit.setOnReload(() -> reloads.add("reload"));
        services.cadres.update(stored.id(), stored.version(), draft(chengguan.id()).position("调研员").build());
        edit.positionProperty().set("局长");

        dialogs.answerConfirmations(false);
        edit.save(saved::add);
        assertThat(dialogs.confirmations()).containsExactly(new RecordingDialogService.Shown(
                messages.get("cadre.form.conflictTitle"), conflictText() + "\n\n" + messages.get("conflict.reloadQuestion")));
        assertThat(reloads).isEmpty();
        assertThat(edit.positionProperty().get()).isEqualTo("局长");

        dialogs.answerConfirmations(true);
        edit.save(saved::add);
        assertThat(reloads).containsExactly("reload");
        assertThat(saved).isEmpty();
        assertThat(dialogs.errors()).as("a conflict is asked about, not shown as an error").isEmpty();
    }

    private String conflictText() {
        return messages.get("error.concurrentEditBy", "张三", TestServices.USER,
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                        .format(TestServices.NOW.atZone(java.time.ZoneId.systemDefault())));
    }

    @Test
    void aDuplicateIdNumberShowsTheFieldError() {
        services.cadres.create(draft(chengguan.id()).name("张三丰").build());
        fillValid(form, ZHANG_SAN_ID);

        form.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(form.errors().get("idNumber")).isEqualTo(messages.get("validation.idNumber.taken", "张三丰"));
        assertThat(services.cadres.listCadres()).hasSize(1);
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void unreadableDateTextGivesTheDateFormatError() {
        form.setDateUnreadable("workStartDate", true);

        assertThat(form.errors().get("workStartDate")).isEqualTo(messages.get("validation.date.format"));
    }

    @Test
    void saveStoresNothingWhileADateIsUnreadable() {
        fillValid(form, ZHANG_SAN_ID);
        form.setDateUnreadable("appointmentDate", true);

        form.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(services.cadres.listCadres()).isEmpty();
    }

    @Test
    void theDateFormatErrorGoesWhenTheDateBecomesReadable() {
        form.setDateUnreadable("workStartDate", true);

        form.setDateUnreadable("workStartDate", false);
        form.workStartDateProperty().set(LocalDate.of(2002, 7, 1));

        assertThat(form.errors()).doesNotContainKey("workStartDate");
    }

    @Test
    void addingAFamilyRowWithoutANameIsRefused() {
        form.newEmployerProperty().set("吉安县人民医院");

        boolean added = form.addFamilyRow();

        assertThat(added).isFalse();
        assertThat(form.familyRows()).isEmpty();
        assertThat(form.familyErrorProperty().get()).isEqualTo(messages.get("validation.required"));
    }

    @Test
    void addingAFamilyRowWithAnIllegalNameIsRefused() {
        form.newRelativeNameProperty().set("李1");
        form.newEmployerProperty().set("吉安县人民医院");

        boolean added = form.addFamilyRow();

        assertThat(added).isFalse();
        assertThat(form.familyErrorProperty().get()).isEqualTo(messages.get("validation.name.illegalCharacter"));
    }

    @Test
    void addingAFamilyRowWithoutAnEmployerIsRefused() {
        form.newRelativeNameProperty().set("李梅");

        boolean added = form.addFamilyRow();

        assertThat(added).isFalse();
        assertThat(form.familyRows()).isEmpty();
        assertThat(form.familyErrorProperty().get()).isEqualTo(messages.get("validation.family.employer", 1));
    }

    @Test
    void addingAValidFamilyRowAddsItAndClearsTheSmallForm() {
        form.newRelationProperty().set(FamilyRelation.SPOUSE);
        form.newRelativeNameProperty().set(" 李梅 ");
        form.newBusinessKindProperty().set(BusinessKind.EMPLOYED);
        form.newEmployerProperty().set("吉安县人民医院 ");
        form.newInJurisdictionProperty().set(true);

        boolean added = form.addFamilyRow();

        assertThat(added).isTrue();
        assertThat(form.familyRows()).containsExactly(
                new FamilyBusinessDraft(FamilyRelation.SPOUSE, "李梅", BusinessKind.EMPLOYED, "吉安县人民医院", true, null));
        assertThat(form.familyErrorProperty().get()).isEmpty();
        assertThat(form.newRelativeNameProperty().get()).isEmpty();
        assertThat(form.newEmployerProperty().get()).isEmpty();
        assertThat(form.newInJurisdictionProperty().get()).isFalse();
    }

    @Test
    void familyRowsAreSavedWithTheCadre() {
        fillValid(form, ZHANG_SAN_ID);
        form.newRelativeNameProperty().set("李梅");
        form.newEmployerProperty().set("吉安县人民医院");
        form.addFamilyRow();

        form.save(saved::add);

        assertThat(services.cadres.openFile(saved.get(0).id()).familyBusinesses())
                .extracting(f -> f.name() + "/" + f.employerOrBusiness()).containsExactly("李梅/吉安县人民医院");
    }

    @Test
    void anIdNumberInTheRecycleBinPointsThere() {
        Cadre deleted = services.cadres.create(draft(chengguan.id()).name("李四").idNumber(LI_SI_ID)
                .workStartDate(LocalDate.of(2008, 9, 1)).build());
        services.cadres.delete(deleted.id(), deleted.version());
        fillValid(form, LI_SI_ID);

        form.save(saved::add);

        assertThat(form.errors().get("idNumber")).isEqualTo(messages.get("validation.idNumber.inRecycleBin", "李四"));
    }
}
