package org.integritydesk.ui.print;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.integritydesk.service.PrintableDocument;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.TaskRunner;

/**
 * The print preview: fills the document in the background with progress and a cancel button,
 * then shows one page image at a time; saving as PDF and printing use the same filled document.
 */
public final class PrintPreviewViewModel {
    static final double MIN_ZOOM = 0.5;
    static final double MAX_ZOOM = 3.0;
    private static final double ZOOM_STEP = 0.25;

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorDescriber describer;
    private final ReadOnlyBooleanWrapper filling = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper();
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1.25);
    private final ReadOnlyObjectWrapper<byte[]> pageImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private PrintableDocument document;
    private TaskRunner.Handle fillHandle;
    private long renderRequest;

    public PrintPreviewViewModel(TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.describer = new ErrorDescriber(messages);
    }

    public void start(TaskRunner.Work<PrintableDocument> fill) {
        filling.set(true);
        progress.set(0);
        status.set(messages.get("print.filling"));
        fillHandle = tasks.submit(fill, filled -> {
            filling.set(false);
            document = filled;
            pageCount.set(filled.pageCount());
            if (filled.pageCount() == 0) {
                status.set(messages.get("print.nothing"));
                return;
            }
            showPage(0);
        }, failure -> {
            filling.set(false);
            status.set(describer.describe(failure));
        }, progress::set);
    }

    public void cancel() {
        if (fillHandle != null && filling.get()) {
            fillHandle.cancel();
        }
    }

    public void showPage(int index) {
        if (document == null || index < 0 || index >= pageCount.get()) {
            return;
        }
        pageIndex.set(index);
        status.set(messages.get("print.pageOf", index + 1, pageCount.get()));
        long request = ++renderRequest;
        PrintableDocument doc = document;
        float scale = (float) zoom.get();
        tasks.submit(ctx -> doc.pagePng(index, scale), png -> {
            if (request == renderRequest) {
                pageImage.set(png);
            }
        }, failure -> status.set(describer.describe(failure)));
    }

    public void nextPage() {
        showPage(pageIndex.get() + 1);
    }

    public void previousPage() {
        showPage(pageIndex.get() - 1);
    }

    public void firstPage() {
        showPage(0);
    }

    public void lastPage() {
        showPage(pageCount.get() - 1);
    }

    public void zoomIn() {
        setZoom(zoom.get() + ZOOM_STEP);
    }

    public void zoomOut() {
        setZoom(zoom.get() - ZOOM_STEP);
    }

    public void setZoom(double value) {
        double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
        if (clamped != zoom.get()) {
            zoom.set(clamped);
            showPage(pageIndex.get());
        }
    }

    public void savePdf(String suggestedFileName) {
        if (document == null) {
            return;
        }
        PrintableDocument doc = document;
        dialogs.askSaveFile(messages.get("print.savePdf"), suggestedFileName, "pdf").ifPresent(path -> {
            Path target = path.toString().toLowerCase().endsWith(".pdf") ? path : Path.of(path + ".pdf");
            status.set(messages.get("common.saving"));
            tasks.submit(ctx -> {
                doc.savePdf(target);
                return target;
            }, saved -> status.set(messages.get("print.saved", saved)),
                    failure -> dialogs.showError(messages.get("print.savePdf"), describer.describe(failure)));
        });
    }

    public void print() {
        if (document == null) {
            return;
        }
        PrintableDocument doc = document;
        tasks.submit(ctx -> {
            doc.print(true);
            return null;
        }, done -> status.set(messages.get("print.sent")),
                failure -> dialogs.showError(messages.get("print.print"), describer.describe(failure)));
    }

    public boolean hasDocument() {
        return document != null;
    }

    public ReadOnlyBooleanProperty fillingProperty() {
        return filling.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<byte[]> pageImageProperty() {
        return pageImage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
