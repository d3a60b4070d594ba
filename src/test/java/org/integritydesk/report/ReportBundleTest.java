package org.integritydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.integritydesk.model.AuditKind;
import org.integritydesk.model.AuditRecordType;
import org.integritydesk.model.BusinessKind;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.CadreStatus;
import org.integritydesk.model.FamilyRelation;
import org.integritydesk.model.FileSection;
import org.integritydesk.model.Gender;
import org.integritydesk.model.Labelled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportBundleTest {

    @Test
    void englishBundleHasExactlyTheKeysOfTheChineseBase() throws IOException {
        assertThat(load("/i18n/reports_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("/i18n/reports.properties").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cadre-file", "audit-log"})
    void everyLabelOfATemplateIsInTheBundle(String name) throws IOException {
        String template;
        try (InputStream in = ReportBundleTest.class.getResourceAsStream("/reports/" + name + ".jrxml")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> used = new TreeSet<>();
        Matcher key = Pattern.compile("\\$R\\{([a-zA-Z][\\w.]*)}").matcher(template);
        while (key.find()) {
            used.add(key.group(1));
        }
        assertThat(used).isNotEmpty();
        assertThat(load("/i18n/reports.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyEnumValueOnTheCadreFileHasATranslation() throws IOException {
        Set<String> keys = load("/i18n/reports.properties").stringPropertyNames();
        Stream.<Enum<?>[]>of(FileSection.values(), CadreCategory.values(), CadreStatus.values(), Gender.values(),
                        FamilyRelation.values(), BusinessKind.values())
                .flatMap(Stream::of)
                .map(ReportBundleTest::messageKeyOf)
                .forEach(k -> assertThat(keys).as("bundle key").contains(k));
    }

    @Test
    void everyAuditKindAndRecordTypeHasATranslationForTheAuditLog() throws IOException {
        for (String bundle : new String[] {"/i18n/reports.properties", "/i18n/reports_en.properties"}) {
            Set<String> keys = load(bundle).stringPropertyNames();
            Stream.<Labelled[]>of(AuditKind.values(), AuditRecordType.values())
                    .flatMap(Stream::of)
                    .forEach(value -> assertThat(keys).as(bundle).contains(value.messageKey()));
        }
    }

    @Test
    void chineseIsChosenForChineseEvenWhenTheDefaultLocaleIsEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(ReportMessages.forLocale(Locale.CHINA).text("form.noRecords")).isEqualTo("无相关记录");
            assertThat(ReportMessages.forLocale(Locale.ENGLISH).text("form.noRecords")).isEqualTo("No records");
        } finally {
            Locale.setDefault(before);
        }
    }

    /** The enums share no interface; each has its own messageKey(). */
    private static String messageKeyOf(Enum<?> value) {
        try {
            return (String) value.getClass().getMethod("messageKey").invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(value.getClass() + " has no messageKey()", e);
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReportBundleTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
