package org.integritydesk.ui.setup;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.integritydesk.service.SetupService;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.TaskRunner;

/**
 * First start: the county bureau's name and six-digit code, and whether to load the demo data.
 * The demo data brings its own Ji'an County bureau, so with it the name and code are not needed.
 */
public final class SetupViewModel {
    /** Loads the demo dataset in the background, reporting progress. */
    @FunctionalInterface
    public interface DemoLoader {
        void load(TaskRunner.WorkContext context);
    }

    private final SetupService setup;
    private final DemoLoader demo;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StringProperty bureauName = new SimpleStringProperty("");
    private final StringProperty bureauCode = new SimpleStringProperty("");
    private final BooleanProperty loadDemo = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");

    public SetupViewModel(SetupService setup, DemoLoader demo, TaskRunner tasks, Messages messages) {
        this.setup = setup;
        this.demo = demo;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Sets up in the background and calls {@code onDone} when the database is ready. */
    public void finish(Runnable onDone) {
        error.set("");
        working.set(true);
        boolean withDemo = loadDemo.get();
        String name = bureauName.get();
        String code = bureauCode.get();
        progressText.set(messages.get(withDemo ? "setup.loadingDemo" : "common.saving"));
        tasks.submit(ctx -> {
            if (withDemo) {
                demo.load(ctx);
            } else {
                setup.setUp(name, code);
            }
            return null;
        }, done -> {
            working.set(false);
            onDone.run();
        }, failure -> {
            working.set(false);
            progressText.set("");
            error.set(new ErrorDescriber(messages).describe(failure));
        }, fraction -> progressText.set(messages.get("setup.progress", Math.round(fraction * 100))));
    }

    public StringProperty bureauNameProperty() {
        return bureauName;
    }

    public StringProperty bureauCodeProperty() {
        return bureauCode;
    }

    public BooleanProperty loadDemoProperty() {
        return loadDemo;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }
}
