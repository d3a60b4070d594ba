package org.integritydesk.ui.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.integritydesk.ui.common.DialogService;

/**
 * Remembers every dialog a view-model asked for; answers confirmations with a preset value
 * (yes unless told otherwise) and file choosers with a preset path (none: the user cancelled).
 */
public final class RecordingDialogService implements DialogService {
    /** One alert or confirmation as the user would have seen it. */
    public record Shown(String title, String message) {
    }

    /** One "save as" request. */
    public record SaveRequest(String title, String suggestedName, String extension) {
    }

    private final List<Shown> errors = new ArrayList<>();
    private final List<Shown> infos = new ArrayList<>();
    private final List<Shown> confirmations = new ArrayList<>();
    private final List<SaveRequest> saveRequests = new ArrayList<>();
    private boolean confirmAnswer = true;
    private Path saveAnswer;
    private String purposeAnswer = "日常管理";
    private int purposeQuestions;

    /** What every later confirmation answers. */
    public RecordingDialogService answerConfirmations(boolean answer) {
        this.confirmAnswer = answer;
        return this;
    }

    /** The path every later file chooser returns; null as if the user cancelled it. */
    public RecordingDialogService answerSaveFile(Path path) {
        this.saveAnswer = path;
        return this;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(new Shown(title, message));
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(new Shown(title, message));
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(new Shown(title, message));
        return confirmAnswer;
    }

    /** What every later purpose question answers; null as if the user cancelled it. */
    public RecordingDialogService answerPurpose(String purpose) {
        this.purposeAnswer = purpose;
        return this;
    }

    @Override
    public Optional<String> askPurpose(String title, String message, List<String> choices, String initial) {
        purposeQuestions++;
        return Optional.ofNullable(purposeAnswer);
    }

    public int purposeQuestions() {
        return purposeQuestions;
    }

    @Override
    public Optional<Path> askSaveFile(String title, String suggestedName, String extension) {
        saveRequests.add(new SaveRequest(title, suggestedName, extension));
        return Optional.ofNullable(saveAnswer);
    }

    public List<Shown> errors() {
        return List.copyOf(errors);
    }

    public List<Shown> infos() {
        return List.copyOf(infos);
    }

    public List<Shown> confirmations() {
        return List.copyOf(confirmations);
    }

    public List<SaveRequest> saveRequests() {
        return List.copyOf(saveRequests);
    }
}
