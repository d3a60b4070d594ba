package org.integritydesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.integritydesk.model.IdNumber;
import org.integritydesk.model.Labelled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in Chinese and English, and every key in a bundle is used somewhere. */
class BundleCompletenessTest {
    private static final Path MAIN = Path.of("src/main");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "reports"})
    void chineseAndEnglishBundlesHoldTheSameKeys(String bundle) throws IOException {
        Set<String> chinese = keys("/i18n/" + bundle + ".properties");
        Set<String> english = keys("/i18n/" + bundle + "_en.properties");
        assertThat(chinese).isNotEmpty();
        assertThat(difference(chinese, english)).as("keys missing in English").isEmpty();
        assertThat(difference(english, chinese)).as("keys missing in Chinese").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "reports"})
    void everyKeyIsUsed(String bundle) throws IOException {
        String sources = allSourceText();
        Set<String> generated = generatedKeys();
        Set<String> unused = keys("/i18n/" + bundle + ".properties").stream()
                .filter(key -> !generated.contains(key))
                .filter(key -> !sources.contains("\"" + key + "\"") && !sources.contains("%" + key + "\"")
                        && !sources.contains("$R{" + key + "}"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).as("keys no code or view uses").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages"})
    void everyKeyTheCodeNamesExists(String bundle) throws IOException {
        Set<String> keys = keys("/i18n/" + bundle + ".properties");
        Set<String> missing = new TreeSet<>(generatedKeys());
        missing.removeAll(keys);
        assertThat(missing).as("labels of enum values without a text").isEmpty();
    }

    /** Keys built from enum values: every Labelled enum constant and every ID-number problem. */
    private static Set<String> generatedKeys() {
        Set<String> keys = new HashSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.integritydesk.model")) {
            Class<?> reflected = type.reflect();
            if (reflected.isEnum() && Labelled.class.isAssignableFrom(reflected)) {
                for (Object constant : reflected.getEnumConstants()) {
                    keys.add(((Labelled) constant).messageKey());
                }
            }
        }
        for (IdNumber.Problem problem : IdNumber.Problem.values()) {
            keys.add(problem.messageKey());
        }
        return keys;
    }

    private static String allSourceText() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml")
                            || p.toString().endsWith(".jrxml"))
                    .map(BundleCompletenessTest::read)
                    .collect(Collectors.joining("\n"));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> keys(String resource) throws IOException {
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties.stringPropertyNames();
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
