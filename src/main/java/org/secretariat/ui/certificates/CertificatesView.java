package org.secretariat.ui.certificates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import org.secretariat.document.CertificateDesign;
import org.secretariat.document.CertificateLayout;
import org.secretariat.domain.CertificateState;
import org.secretariat.service.certificates.CertificateOutput;
import org.secretariat.service.certificates.CertificateRow;
import org.secretariat.ui.BackgroundTask;
import org.secretariat.ui.Choice;
import org.secretariat.ui.Tone;
import org.secretariat.ui.LeaveGuard;
import org.secretariat.ui.UiContext;
import org.secretariat.ui.UnsavedWork;
import org.secretariat.ui.ViewLoader;

/** The certificates screen: the register, the template designer with a live preview, and verification. */
public final class CertificatesView {

    private final UiContext ui;
    private final RegisterModel register;
    private final TemplateModel template;
    private final CertificateCanvas painter = new CertificateCanvas();
    private final Parent root;

    @FXML private ComboBox<Choice<String>> kindFilter;
    @FXML private Button outputButton;
    @FXML private Button printButton;
    @FXML private Button reissueButton;
    @FXML private Button revokeButton;
    @FXML private Button returnedButton;
    @FXML private TableView<CertificateRow> table;
    @FXML private TableColumn<CertificateRow, String> numberColumn;
    @FXML private TableColumn<CertificateRow, String> kindColumn;
    @FXML private TableColumn<CertificateRow, String> holderColumn;
    @FXML private TableColumn<CertificateRow, String> unitColumn;
    @FXML private TableColumn<CertificateRow, String> issuedColumn;
    @FXML private TableColumn<CertificateRow, String> validColumn;
    @FXML private TableColumn<CertificateRow, String> stateColumn;
    @FXML private Label statusLabel;
    @FXML private ComboBox<Choice<String>> templateKind;
    @FXML private ComboBox<String> paperBox;
    @FXML private CheckBox landscapeBox;
    @FXML private ComboBox<String> borderBox;
    @FXML private TextField titleField;
    @FXML private TextArea bodyArea;
    @FXML private CheckBox holderLineBox;
    @FXML private TextField issuerField;
    @FXML private TextField patternField;
    @FXML private TextField orgCodeField;
    @FXML private ComboBox<FontFiles.Choice> titleFontBox;
    @FXML private TextField titleSizeField;
    @FXML private ComboBox<FontFiles.Choice> bodyFontBox;
    @FXML private TextField bodySizeField;
    @FXML private Label templateMessage;
    @FXML private Pane previewPane;
    @FXML private Canvas previewCanvas;
    @FXML private TextField codeField;
    @FXML private Label verdictLabel;

    public CertificatesView(UiContext ui) {
        this.ui = ui;
        this.register = new RegisterModel(ui);
        this.template = new TemplateModel(ui);
        this.root = ViewLoader.load(this, ui.messages());
        org.secretariat.ui.Refreshable.attach(root, register::reload);
        UnsavedWork.attach(root, new UnsavedWork() { // the template editor's typed design
            @Override
            public boolean hasUnsavedChanges() {
                return template.hasUnsavedChanges();
            }

            @Override
            public String describeUnsaved() {
                return template.describeUnsaved();
            }

            @Override
            public boolean saveUnsaved() {
                return template.saveUnsaved();
            }

            @Override
            public void discardUnsaved() {
                template.discardUnsaved();
            }
        });
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        kindFilter.getItems().setAll(register.kindChoices);
        kindFilter.valueProperty().bindBidirectional(register.kindFilter);
        table.setItems(register.visible);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> register.selected.set(b));
        column(numberColumn, CertificateRow::number);
        column(kindColumn, CertificateRow::kindName);
        column(holderColumn, CertificateRow::holderName);
        column(unitColumn, CertificateRow::unitName);
        column(issuedColumn, r -> r.issuedOn().toString());
        column(validColumn, r -> r.validUntil() == null ? ui.text("certificate.noExpiry") : r.validUntil().toString());
        column(stateColumn, r -> ui.text("certificate.state." + r.state().name()));
        stateColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                CertificateRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                Tone.of(row == null ? null : row.state()).apply(this);
            }
        });
        var none = register.selected.isNull();
        for (Button b : new Button[] {outputButton, printButton, reissueButton, revokeButton, returnedButton}) {
            b.disableProperty().bind(none);
        }
        statusLabel.textProperty().bind(register.statusProperty());
        installTemplateEditor();
        codeField.textProperty().bindBidirectional(register.code);
        verdictLabel.textProperty().bind(register.verdictProperty());
        Tone.bind(verdictLabel, register.verdictToneProperty());
        register.reload();
    }

    /** The border styles the template stores (the key's last part), in the order offered, named by the bundles. */
    private static final java.util.List<String> BORDER_KEYS = java.util.List.of("certificate.border.CLASSIC",
            "certificate.border.DOUBLE", "certificate.border.SIMPLE", "certificate.border.NONE");

    private static <T> void column(TableColumn<T, String> c, Function<T, String> value) {
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
    }

    private void installTemplateEditor() {
        templateKind.getItems().setAll(template.kinds);
        templateKind.setValue(template.kind.get());
        template.kind.addListener((o, a, k) -> templateKind.setValue(k));
        templateKind.valueProperty().addListener((o, before, after) -> { // another kind replaces the form: ask first
            if (after == null || after == template.kind.get()) {
                return;
            }
            if (LeaveGuard.mayLeave(UnsavedWork.of(root).orElse(null), ui.dialogs(), ui.messages())) {
                template.kind.set(after);
            } else {
                javafx.application.Platform.runLater(() -> templateKind.setValue(template.kind.get()));
            }
        });
        paperBox.getItems().setAll("A4", "A3");
        paperBox.valueProperty().bindBidirectional(template.paper);
        landscapeBox.selectedProperty().bindBidirectional(template.landscape);
        BORDER_KEYS.forEach(k -> borderBox.getItems().add(k.substring(k.lastIndexOf('.') + 1)));
        borderBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String border) {
                return border == null ? "" : BORDER_KEYS.contains("certificate.border." + border)
                        ? ui.text("certificate.border." + border) : border;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        borderBox.valueProperty().bindBidirectional(template.border);
        titleField.textProperty().bindBidirectional(template.title);
        bodyArea.textProperty().bindBidirectional(template.body);
        holderLineBox.selectedProperty().bindBidirectional(template.holderLine);
        issuerField.textProperty().bindBidirectional(template.issuer);
        patternField.textProperty().bindBidirectional(template.pattern);
        orgCodeField.textProperty().bindBidirectional(template.orgCode);
        FontPicker titleFonts = FontPicker.bind(titleFontBox, template.titleFont, ui.text("certificate.template.defaultFont"));
        FontPicker bodyFonts = FontPicker.bind(bodyFontBox, template.bodyFont, ui.text("certificate.template.defaultFont"));
        titleSizeField.textProperty().bindBidirectional(template.titleSize);
        bodySizeField.textProperty().bindBidirectional(template.bodySize);
        templateMessage.textProperty().bind(template.messageProperty());
        ui.executor().execute(BackgroundTask.of(ui.text("certificate.task.fonts"), p -> FontFiles.choices())
                .onSuccess(fonts -> {
                    titleFonts.setKnown(fonts);
                    bodyFonts.setKnown(fonts);
                }));
        previewCanvas.widthProperty().bind(previewPane.widthProperty());
        previewCanvas.heightProperty().bind(previewPane.heightProperty());
        previewCanvas.widthProperty().addListener(x -> drawPreview());
        previewCanvas.heightProperty().addListener(x -> drawPreview());
        template.designProperty().addListener(x -> drawPreview());
    }

    private void drawPreview() {
        CertificateDesign d = template.designProperty().get();
        if (d == null || previewCanvas.getWidth() < 10 || previewCanvas.getHeight() < 10) {
            return;
        }
        Path[] fonts = ui.app().certificateOutput().fontFiles(d); // the PDF's typefaces, whatever the settings name
        painter.draw(previewCanvas, CertificateLayout.of(d), fonts[0], fonts[1]);
    }

    private List<Long> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().map(CertificateRow::id).toList();
    }

    @FXML
    private void onIssue() {
        IssueDialog.open(ui, register, root.getScene().getWindow());
    }

    @FXML
    private void onOutput() {
        List<Long> ids = selectedIds();
        ui.dialogs().chooseDirectory(ui.text("certificate.issue.folder")).ifPresent(dir ->
                register.output(ids, dir, CertificateOutput.Format.PDF, ids.size() > 1));
    }

    @FXML
    private void onPrint() {
        List<Long> ids = selectedIds();
        ui.executor().execute(BackgroundTask.of(ui.text("certificate.task.output", ids.size()),
                p -> ids.stream().map(id -> ui.app().certificateOutput().design(id)).toList())
                .onSuccess(designs -> new CertificatePrinting(ui).preview(designs, root.getScene().getWindow())));
    }

    @FXML
    private void onReissue() {
        CertificateRow row = register.selected.get();
        ask(ui.text("certificate.reissue"), ui.text("certificate.reissue.reason")).ifPresent(reason -> register.reissue(row, reason));
    }

    @FXML
    private void onRevoke() {
        CertificateRow row = register.selected.get();
        ask(ui.text("certificate.revoke"), ui.text("certificate.revoke.reason")).ifPresent(reason -> register.close(row, CertificateState.REVOKED, reason));
    }

    @FXML
    private void onReturned() {
        register.close(register.selected.get(), CertificateState.RETURNED, ui.text("certificate.returned.reason", ui.today()));
    }

    private java.util.Optional<String> ask(String title, String question) {
        return ui.dialogs().askText(title, question, "");
    }

    @FXML
    private void onSaveTemplate() {
        template.save();
    }

    @FXML
    private void onLogo() {
        image().ifPresent(template.logo::set);
    }

    @FXML
    private void onSeal() {
        image().ifPresent(template.seal::set);
    }

    @FXML
    private void onClearImages() {
        template.logo.set(null);
        template.seal.set(null);
    }

    private java.util.Optional<byte[]> image() {
        return ui.dialogs().chooseOpenFile(ui.text("certificate.template.images"), "PNG", "*.png").flatMap(p -> {
            try {
                return java.util.Optional.of(Files.readAllBytes(p));
            } catch (IOException e) {
                ui.dialogs().showError(ui.text("certificate.template.images"), e);
                return java.util.Optional.empty();
            }
        });
    }

    @FXML
    private void onPickTitleFont() {
        pickFont().ifPresent(template.titleFont::set);
    }

    @FXML
    private void onPickBodyFont() {
        pickFont().ifPresent(template.bodyFont::set);
    }

    private java.util.Optional<String> pickFont() {
        return ui.dialogs().chooseOpenFile(ui.text("certificate.template.pickFont"), ui.text("certificate.template.fontFiles"),
                "*.ttf", "*.ttc", "*.otf").map(Path::toString);
    }

    @FXML
    private void onVerify() {
        register.verify();
    }

}
