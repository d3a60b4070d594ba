package org.integritydesk.ui.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.integritydesk.service.Messages;
import org.integritydesk.testing.TestServices;

/**
 * Checks what a form does when its save meets a newer save of the same record by another user
 * ({@code ui.common.SaveConflicts}): it names who and when and asks whether to load their version.
 */
public final class StaleSaves {
    private StaleSaves() {
    }

    /** The conflict as the services tell it when {@link TestServices#USER} saved {@code record} at {@link TestServices#NOW}. */
    public static String conflictText(Messages messages, String record) {
        return messages.get("error.concurrentEditBy", record, TestServices.USER,
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(TestServices.NOW.atZone(ZoneId.systemDefault())));
    }

    /**
     * Saves a form whose {@code record} another user saved after it was opened, twice. Answering no keeps
     * the form as typed ({@code keptTyped} checks it) and does not reload; answering yes runs the reload.
     * Both times the question stands under {@code title} with the conflict and the reload question.
     */
    public static void offerToReload(RecordingDialogService dialogs, Messages messages, String title, String record,
            Consumer<Runnable> setOnReload, Runnable save, Runnable keptTyped) {
        List<String> reloads = new ArrayList<>();
        setOnReload.accept(() -> reloads.add("reload"));
        offerToReloadInPlace(dialogs, messages, title, record, save, () -> {
            assertThat(reloads).as("declining does not reload").isEmpty();
            keptTyped.run();
        }, () -> assertThat(reloads).containsExactly("reload"));
    }

    /**
     * As {@link #offerToReload}, for an editing pane that reloads the record itself: {@code reloaded} checks
     * that, after answering yes, the pane shows what the other user stored.
     */
    public static void offerToReloadInPlace(RecordingDialogService dialogs, Messages messages, String title,
            String record, Runnable save, Runnable keptTyped, Runnable reloaded) {
        offerToReloadTelling(dialogs, messages, title, conflictText(messages, record), save, keptTyped, reloaded);
    }

    /** As {@link #offerToReloadInPlace}, where the conflict is told as {@code told} (services on another clock). */
    public static void offerToReloadTelling(RecordingDialogService dialogs, Messages messages, String title,
            String told, Runnable save, Runnable keptTyped, Runnable reloaded) {
        RecordingDialogService.Shown asked = new RecordingDialogService.Shown(title,
                told + "\n\n" + messages.get("conflict.reloadQuestion"));

        int askedBefore = dialogs.confirmations().size();
        int errorsBefore = dialogs.errors().size();

        dialogs.answerConfirmations(false);
        save.run();
        assertThat(dialogs.confirmations().subList(askedBefore, dialogs.confirmations().size())).containsExactly(asked);
        keptTyped.run();

        dialogs.answerConfirmations(true);
        save.run();
        assertThat(dialogs.confirmations().subList(askedBefore, dialogs.confirmations().size()))
                .containsExactly(asked, asked);
        reloaded.run();
        assertThat(dialogs.errors().subList(errorsBefore, dialogs.errors().size()))
                .as("a conflict is asked about, not shown as an error").isEmpty();
    }
}
