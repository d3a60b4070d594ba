package org.integritydesk.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.integritydesk.service.Messages;
import org.integritydesk.service.PrintableDocument;
import org.integritydesk.service.ServiceException;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.junit.jupiter.api.Test;

class PrintPreviewViewModelTest {
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final PrintPreviewViewModel preview = new PrintPreviewViewModel(tasks, dialogs, messages);

    /** A filled document of a number of pages that records what was asked of it. */
    private static final class FakeDocument implements PrintableDocument {
        final int pages;
        final List<String> rendered = new ArrayList<>();
        final List<Path> savedTo = new ArrayList<>();
        final List<Boolean> printed = new ArrayList<>();
        RuntimeException saveFailure;

        FakeDocument(int pages) {
            this.pages = pages;
        }

        @Override
        public int pageCount() {
            return pages;
        }

        @Override
        public byte[] pagePng(int pageIndex, float zoom) {
            rendered.add(pageIndex + "@" + zoom);
            return new byte[] {(byte) pageIndex};
        }

        @Override
        public void savePdf(Path target) {
            if (saveFailure != null) {
                throw saveFailure;
            }
            savedTo.add(target);
        }

        @Override
        public void print(boolean showDialog) {
            printed.add(showDialog);
        }

        @Override
        public Set<String> charactersWithoutGlyph() {
            return Set.of();
        }

        String lastRendered() {
            return rendered.get(rendered.size() - 1);
        }
    }

    private FakeDocument filled(int pages) {
        FakeDocument document = new FakeDocument(pages);
        preview.start(ctx -> document);
        return document;
    }

    @Test
    void fillingShowsThePageCountAndTheFirstPage() {
        filled(3);

        assertThat(preview.fillingProperty().get()).isFalse();
        assertThat(preview.pageCountProperty().get()).isEqualTo(3);
        assertThat(preview.pageIndexProperty().get()).isZero();
        assertThat(preview.pageImageProperty().get()).containsExactly(0);
        assertThat(preview.statusProperty().get()).isEqualTo(messages.get("print.pageOf", 1, 3));
    }

    @Test
    void fillingReportsProgress() {
        preview.start(ctx -> {
            ctx.progress(3, 4);
            return new FakeDocument(1);
        });

        assertThat(preview.progressProperty().get()).isEqualTo(0.75);
    }

    @Test
    void whileFillingThePreviewSaysSo() {
        tasks.hold();

        filled(2);

        assertThat(preview.fillingProperty().get()).isTrue();
        assertThat(preview.statusProperty().get()).isEqualTo(messages.get("print.filling"));
        assertThat(preview.hasDocument()).isFalse();
    }

    @Test
    void anEmptyDocumentSaysThereIsNothingToPrint() {
        filled(0);

        assertThat(preview.statusProperty().get()).isEqualTo(messages.get("print.nothing"));
        assertThat(preview.pageImageProperty().get()).isNull();
    }

    @Test
    void aFailedFillShowsTheReasonInTheStatus() {
        preview.start(ctx -> {
            throw new ServiceException("error.print.nothing");
        });

        assertThat(preview.fillingProperty().get()).isFalse();
        assertThat(preview.statusProperty().get()).isEqualTo(messages.get("error.print.nothing"));
        assertThat(preview.hasDocument()).isFalse();
    }

    @Test
    void nextPageMovesOn() {
        FakeDocument document = filled(3);

        preview.nextPage();

        assertThat(preview.pageIndexProperty().get()).isEqualTo(1);
        assertThat(preview.pageImageProperty().get()).containsExactly(1);
        assertThat(document.lastRendered()).startsWith("1@");
    }

    @Test
    void nextPageStopsAtTheLastPage() {
        FakeDocument document = filled(3);
        preview.lastPage();
        int renders = document.rendered.size();

        preview.nextPage();

        assertThat(preview.pageIndexProperty().get()).isEqualTo(2);
        assertThat(document.rendered).hasSize(renders);
        assertThat(preview.statusProperty().get()).isEqualTo(messages.get("print.pageOf", 3, 3));
    }

    @Test
    void previousPageStopsAtTheFirstPage() {
        FakeDocument document = filled(3);
        int renders = document.rendered.size();

        preview.previousPage();

        assertThat(preview.pageIndexProperty().get()).isZero();
        assertThat(document.rendered).hasSize(renders);
    }

    @Test
    void previousPageGoesBack() {
        filled(3);
        preview.lastPage();

        preview.previousPage();

        assertThat(preview.pageIndexProperty().get()).isEqualTo(1);
    }

    @Test
    void pagesCannotBeTurnedBeforeTheDocumentIsFilled() {
        tasks.hold();
        filled(3);

        preview.nextPage();

        assertThat(preview.pageIndexProperty().get()).isZero();
        assertThat(preview.pageImageProperty().get()).isNull();
    }

    @Test
    void zoomInRendersTheCurrentPageLarger() {
        FakeDocument document = filled(2);
        double before = preview.zoomProperty().get();

        preview.zoomIn();

        assertThat(preview.zoomProperty().get()).isGreaterThan(before);
        assertThat(document.lastRendered()).isEqualTo("0@" + (float) preview.zoomProperty().get());
    }

    @Test
    void zoomInStopsAtTheLargestZoom() {
        filled(1);

        for (int i = 0; i < 20; i++) {
            preview.zoomIn();
        }

        assertThat(preview.zoomProperty().get()).isEqualTo(PrintPreviewViewModel.MAX_ZOOM);
    }

    @Test
    void zoomOutStopsAtTheSmallestZoom() {
        filled(1);

        for (int i = 0; i < 20; i++) {
            preview.zoomOut();
        }

        assertThat(preview.zoomProperty().get()).isEqualTo(PrintPreviewViewModel.MIN_ZOOM);
    }

    @Test
    void aZoomBeyondTheLimitsIsClamped() {
        filled(1);

        preview.setZoom(10);
        double high = preview.zoomProperty().get();
        preview.setZoom(0.01);

        assertThat(high).isEqualTo(PrintPreviewViewModel.MAX_ZOOM);
        assertThat(preview.zoomProperty().get()).isEqualTo(PrintPreviewViewModel.MIN_ZOOM);
    }

    @Test
    void aZoomAtTheLimitDoesNotRenderAgain() {
        FakeDocument document = filled(1);
        preview.setZoom(PrintPreviewViewModel.MAX_ZOOM);
        int renders = document.rendered.size();

        preview.zoomIn();

        assertThat(document.rendered).hasSize(renders);
    }

    @Test
    void cancelStopsTheFill() {
        tasks.hold();
        AtomicInteger fills = new AtomicInteger();
        preview.start(ctx -> {
            fills.incrementAndGet();
            return new FakeDocument(2);
        });

        preview.cancel();
        tasks.runHeld();

        assertThat(fills).hasValue(0);
        assertThat(preview.fillingProperty().get()).isFalse();
        assertThat(preview.hasDocument()).isFalse();
        assertThat(preview.pageCountProperty().get()).isZero();
        assertThat(preview.statusProperty().get()).isEqualTo(messages.get("error.cancelled"));
    }

    @Test
    void cancelAfterTheFillKeepsTheDocument() {
        filled(2);

        preview.cancel();

        assertThat(preview.hasDocument()).isTrue();
        assertThat(preview.statusProperty().get()).isEqualTo(messages.get("print.pageOf", 1, 2));
    }

    @Test
    void saveAsksForAPathAndAppendsPdf() {
        FakeDocument document = filled(2);
        Path chosen = Path.of("档案", "干部廉政档案表");
        dialogs.answerSaveFile(chosen);

        preview.savePdf("干部廉政档案表-2025-03-15.pdf");

        assertThat(dialogs.saveRequests()).containsExactly(new RecordingDialogService.SaveRequest(
                messages.get("print.savePdf"), "干部廉政档案表-2025-03-15.pdf", "pdf"));
        Path expected = Path.of("档案", "干部廉政档案表.pdf");
        assertThat(document.savedTo).containsExactly(expected);
        assertThat(preview.statusProperty().get()).isEqualTo(messages.get("print.saved", expected));
    }

    @Test
    void saveKeepsAPdfExtensionInAnyCase() {
        FakeDocument document = filled(1);
        dialogs.answerSaveFile(Path.of("out", "FILE.PDF"));

        preview.savePdf("x.pdf");

        assertThat(document.savedTo).containsExactly(Path.of("out", "FILE.PDF"));
    }

    @Test
    void saveDoesNothingWhenTheChooserIsCancelled() {
        FakeDocument document = filled(1);
        dialogs.answerSaveFile(null);

        preview.savePdf("x.pdf");

        assertThat(dialogs.saveRequests()).hasSize(1);
        assertThat(document.savedTo).isEmpty();
    }

    @Test
    void aFailedSaveShowsAnError() {
        FakeDocument document = filled(1);
        document.saveFailure = new ServiceException("error.file.noFolder", "out");
        dialogs.answerSaveFile(Path.of("out", "x.pdf"));

        preview.savePdf("x.pdf");

        assertThat(dialogs.errors()).containsExactly(new RecordingDialogService.Shown(
                messages.get("print.savePdf"), messages.get("error.file.noFolder", "out")));
    }

    @Test
    void saveBeforeTheFillAsksNothing() {
        tasks.hold();
        filled(1);

        preview.savePdf("x.pdf");

        assertThat(dialogs.saveRequests()).isEmpty();
    }

    @Test
    void printSendsTheDocumentWithThePrinterDialog() {
        FakeDocument document = filled(1);

        preview.print();

        assertThat(document.printed).containsExactly(true);
        assertThat(preview.statusProperty().get()).isEqualTo(messages.get("print.sent"));
    }
}
