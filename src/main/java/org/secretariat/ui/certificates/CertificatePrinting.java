package org.secretariat.ui.certificates;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.secretariat.document.CertificateDesign;
import org.secretariat.document.CertificateLayout;
import org.secretariat.ui.MainWindow;
import org.secretariat.ui.UiContext;

/**
 * Printing certificates with JavaFX: a preview of the first one, page setup, the printer dialog, then
 * a page per certificate drawn from the same layout as the PDF.
 */
final class CertificatePrinting {

    /**
     * Canvas pixels per printed point. JavaFX prints a Canvas as a bitmap of its pixels; at one pixel
     * a point (72 dpi, printed as ~150 dpi) the QR code blurs past reading. Four gives ~290 dpi, at
     * which the printed code reads back (CupsPrintTest, decision 0012).
     */
    private static final double DENSITY = 4;

    private final UiContext ui;
    private final CertificateCanvas painter = new CertificateCanvas();

    CertificatePrinting(UiContext ui) {
        this.ui = ui;
    }

    void preview(List<CertificateDesign> designs, Window owner) {
        if (designs.isEmpty()) {
            return;
        }
        CertificateDesign first = designs.get(0);
        CertificateLayout layout = CertificateLayout.of(first);
        Canvas canvas = new Canvas(760, 760 * layout.heightMm() / layout.widthMm());
        Path[] fonts = ui.app().certificateOutput().fontFiles(first);
        painter.draw(canvas, layout, fonts[0], fonts[1]);
        Label info = new Label(ui.text("certificate.print.preview", designs.size()));
        Button setup = new Button(ui.text("certificate.print.pageSetup"));
        Button print = new Button(ui.text("certificate.print"));
        print.getStyleClass().add("accent");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(ui.text("certificate.print"));
        PrinterJob[] job = new PrinterJob[1];
        setup.setOnAction(e -> {
            if (ensureJob(job)) {
                job[0].showPageSetupDialog(stage);
            }
        });
        print.setOnAction(e -> {
            if (ensureJob(job) && job[0].showPrintDialog(stage)) {
                int printed = printAll(job[0], designs);
                job[0].endJob();
                stage.close();
                ui.dialogs().showInfo(ui.text("certificate.print"), ui.text("certificate.print.done", printed));
            }
        });
        Button close = new Button(ui.text("certificate.print.close"));
        close.setId("printCloseButton");
        close.setCancelButton(true); // Esc closes the preview too
        close.setOnAction(e -> stage.close());
        VBox box = new VBox(10, info, canvas, new HBox(8, setup, print, close));
        box.setPadding(new Insets(12));
        Scene scene = new Scene(box);
        MainWindow.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private boolean ensureJob(PrinterJob[] job) {
        if (job[0] != null) {
            return true;
        }
        if (Printer.getDefaultPrinter() == null && Printer.getAllPrinters().isEmpty()) {
            ui.dialogs().showError(ui.text("certificate.print"), ui.text("certificate.print.noPrinter"));
            return false;
        }
        job[0] = PrinterJob.createPrinterJob();
        if (job[0] == null) {
            ui.dialogs().showError(ui.text("certificate.print"), ui.text("certificate.print.noPrinter"));
            return false;
        }
        return true;
    }

    /** A page per certificate on the job's printer; the count of pages printed (package-private: CupsPrintTest). */
    int printAll(PrinterJob job, List<CertificateDesign> designs) {
        int printed = 0;
        for (CertificateDesign d : designs) {
            CertificateLayout layout = CertificateLayout.of(d);
            Printer printer = job.getPrinter();
            Paper paper = d.paper() == org.secretariat.document.Paper.A3 ? Paper.A3 : Paper.A4;
            PageLayout page = printer.createPageLayout(paper, d.landscape() ? PageOrientation.LANDSCAPE
                    : PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
            double scale = Math.min(page.getPrintableWidth() / layout.widthMm(), page.getPrintableHeight() / layout.heightMm());
            Canvas canvas = new Canvas(layout.widthMm() * scale * DENSITY, layout.heightMm() * scale * DENSITY);
            canvas.getTransforms().add(new Scale(1.0 / DENSITY, 1.0 / DENSITY));
            Path[] fonts = ui.app().certificateOutput().fontFiles(d);
            painter.paint(canvas.getGraphicsContext2D(), layout, scale * DENSITY, fonts[0], fonts[1]);
            if (job.printPage(page, canvas)) {
                printed++;
            }
        }
        return printed;
    }
}
