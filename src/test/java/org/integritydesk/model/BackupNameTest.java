package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class BackupNameTest {
    @Test
    void nameCarriesTimeToTheSecondAndKindWithoutColons() {
        BackupName name = new BackupName(LocalDateTime.of(2026, 11, 26, 14, 5, 0, 123_000_000), BackupKind.DAILY);

        assertThat(name.fileName()).isEqualTo("integrity-desk-2026-11-26T14-05-00-daily.zip");
        assertThat(name.time()).isEqualTo(LocalDateTime.of(2026, 11, 26, 14, 5));
    }

    @ParameterizedTest
    @EnumSource(BackupKind.class)
    void everyKindReadsBack(BackupKind kind) {
        BackupName name = new BackupName(LocalDateTime.of(2027, 1, 1, 0, 0, 59), kind);

        assertThat(BackupName.parse(name.fileName())).contains(name);
        assertThat(name.fileName()).matches("[a-z0-9T.-]+");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "integrity-desk-2026-02-30T10-00-00-daily.zip",   // no such day
        "integrity-desk-2026-11-26T24-00-00-daily.zip",   // no such hour
        "integrity-desk-2026-11-26T14:05:00-daily.zip",   // colons
        "integrity-desk-2026-11-26T14-05-00-weekly.zip",  // no such kind
        "integrity-desk-2026-11-26T14-05-00-daily.ZIP",
        "integrity-desk-2026-11-26T14-05-00.zip",
        ".integrity-desk-2026-11-26T14-05-00-daily.zip4711.part", // a backup being written
        "integrity-desk.mv.db",
        "备份.zip"
    })
    void otherFilesAreNotBackups(String fileName) {
        assertThat(BackupName.parse(fileName)).isEmpty();
    }

    @Test
    void namesSortLikeTheirTimes() {
        List<BackupName> names = List.of(
                new BackupName(LocalDateTime.of(2026, 12, 31, 23, 59, 59), BackupKind.EXIT),
                new BackupName(LocalDateTime.of(2026, 1, 2, 9, 0), BackupKind.MANUAL),
                new BackupName(LocalDateTime.of(2027, 1, 1, 0, 0), BackupKind.DAILY),
                new BackupName(LocalDateTime.of(2026, 10, 2, 9, 0), BackupKind.BEFORE_RESTORE));

        List<String> byText = names.stream().map(BackupName::fileName).sorted().toList();
        List<String> byTime = names.stream().sorted(Comparator.comparing(BackupName::time)).map(BackupName::fileName).toList();

        assertThat(byText).isEqualTo(byTime);
    }
}
