package org.integritydesk.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.integritydesk.service.BureauProfile;
import org.integritydesk.service.Messages;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetupViewModelTest {
    @TempDir
    Path dir;

    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger demoLoads = new AtomicInteger();
    private TestServices services;
    private SetupViewModel setup;

    @BeforeEach
    void openEmptyDatabase() {
        services = TestServices.open(dir);
        setup = new SetupViewModel(services.setup, ctx -> {
            demoLoads.incrementAndGet();
            ctx.progress(1, 2);
        }, new DirectTaskRunner(), messages);
    }

    @AfterEach
    void closeDatabase() {
        services.close();
    }

    @Test
    void aBadCodeShowsTheErrorAndSetsNothingUp() {
        setup.bureauNameProperty().set("吉安县市场监督管理局");
        setup.bureauCodeProperty().set("36082");

        setup.finish(done::incrementAndGet);

        assertThat(setup.errorProperty().get()).isEqualTo(messages.get("error.setup.codeFormat"));
        assertThat(done).hasValue(0);
        assertThat(setup.workingProperty().get()).isFalse();
        assertThat(setup.progressTextProperty().get()).isEmpty();
        assertThat(services.setup.profile()).isEmpty();
    }

    @Test
    void aMissingNameShowsTheError() {
        setup.bureauCodeProperty().set("360821");

        setup.finish(done::incrementAndGet);

        assertThat(setup.errorProperty().get()).isEqualTo(messages.get("error.setup.nameRequired"));
        assertThat(done).hasValue(0);
    }

    @Test
    void aGoodNameAndCodeSetTheBureauUp() {
        setup.bureauNameProperty().set(" 吉安县市场监督管理局 ");
        setup.bureauCodeProperty().set("360821");

        setup.finish(done::incrementAndGet);

        assertThat(done).hasValue(1);
        assertThat(setup.errorProperty().get()).isEmpty();
        assertThat(setup.workingProperty().get()).isFalse();
        assertThat(services.setup.profile()).contains(new BureauProfile("吉安县市场监督管理局", "360821"));
        assertThat(services.units.tree().roots()).singleElement().extracting(u -> u.code()).isEqualTo("360821");
        assertThat(demoLoads).hasValue(0);
    }

    @Test
    void aCorrectedCodeClearsTheEarlierError() {
        setup.bureauNameProperty().set("吉安县市场监督管理局");
        setup.bureauCodeProperty().set("abc");
        setup.finish(done::incrementAndGet);

        setup.bureauCodeProperty().set("360821");
        setup.finish(done::incrementAndGet);

        assertThat(setup.errorProperty().get()).isEmpty();
        assertThat(done).hasValue(1);
    }

    @Test
    void withDemoDataTheDemoIsLoadedInsteadOfTheNameAndCode() {
        setup.loadDemoProperty().set(true);

        setup.finish(done::incrementAndGet);

        assertThat(demoLoads).hasValue(1);
        assertThat(done).hasValue(1);
        assertThat(setup.progressTextProperty().get()).isEqualTo(messages.get("setup.progress", 50L));
        assertThat(services.setup.profile()).isEmpty();
    }
}
