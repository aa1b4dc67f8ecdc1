package org.secretariat.ui.roster;

import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.secretariat.exchange.RosterField;
import org.secretariat.ui.Choice;
import org.secretariat.ui.MainWindow;
import org.secretariat.ui.UiContext;
import org.secretariat.ui.ViewLoader;
import org.secretariat.ui.roster.ImportViewModel.ColumnMapping;
import org.secretariat.ui.roster.ImportViewModel.PreviewRow;

/** The import window: column mapping, preview with every problem by row and column, and import. */
public final class ImportDialog {

    private final UiContext ui;
    private final ImportViewModel model;
    private final Runnable onImported;
    private Stage stage;

    @FXML private Label fileLabel;
    @FXML private javafx.scene.layout.HBox sheetBox;
    @FXML private ChoiceBox<Choice<String>> sheetChoice;
    @FXML private javafx.scene.layout.VBox valueBox;
    @FXML private TableView<ImportValueRow> valueTable;
    @FXML private TableColumn<ImportValueRow, String> valueFieldColumn;
    @FXML private TableColumn<ImportValueRow, String> valueColumn;
    @FXML private TableColumn<ImportValueRow, String> valueRowsColumn;
    @FXML private TableColumn<ImportValueRow, ImportValueRow> valueTargetColumn;
    @FXML private TableView<ColumnMapping> mappingTable;
    @FXML private TableColumn<ColumnMapping, String> headerColumn;
    @FXML private TableColumn<ColumnMapping, String> sampleColumn;
    @FXML private TableColumn<ColumnMapping, Choice<RosterField>> fieldColumn;
    @FXML private TableView<PreviewRow> previewTable;
    @FXML private TableColumn<PreviewRow, Integer> rowColumn;
    @FXML private TableColumn<PreviewRow, String> nameColumn;
    @FXML private TableColumn<PreviewRow, String> tierColumn;
    @FXML private TableColumn<PreviewRow, String> typeColumn;
    @FXML private TableColumn<PreviewRow, String> problemColumn;
    @FXML private ListView<String> problemList;
    @FXML private Label summaryLabel;
    @FXML private Button importButton;
    @FXML private javafx.scene.control.ProgressBar progressBar;

    private ImportDialog(UiContext ui, ImportViewModel model, Runnable onImported) {
        this.ui = ui;
        this.model = model;
        this.onImported = onImported;
    }

    public static ImportDialog open(UiContext ui, Path file, Runnable onImported, Window owner) {
        ImportDialog view = new ImportDialog(ui, new ImportViewModel(ui, file), onImported);
        Parent root = ViewLoader.load(view, ui.messages());
        view.stage = new Stage();
        view.stage.initOwner(owner);
        view.stage.initModality(Modality.WINDOW_MODAL);
        view.stage.setTitle(ui.text("import.title"));
        Scene scene = new Scene(root);
        MainWindow.style(scene);
        view.stage.setScene(scene);
        view.stage.show();
        view.model.load(() -> { });
        return view;
    }

    ImportViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        fileLabel.setText(ui.text("import.file", model.file().toAbsolutePath()));
        mappingTable.setEditable(true);
        mappingTable.setItems(model.columns());
        column(headerColumn, ColumnMapping::header);
        column(sampleColumn, ColumnMapping::sample);
        fieldColumn.setCellValueFactory(c -> c.getValue().fieldProperty());
        fieldColumn.setCellFactory(ComboBoxTableCell.forTableColumn(FXCollections.observableArrayList(model.fieldChoices())));
        fieldColumn.setEditable(true);

        sheetChoice.setItems(model.sheets());
        sheetChoice.valueProperty().bindBidirectional(model.chosenSheetProperty());
        sheetChoice.disableProperty().bind(model.busyProperty());
        sheetBox.visibleProperty().bind(Bindings.isNotEmpty(model.sheets())); // the sheet read, even when alone
        sheetBox.managedProperty().bind(sheetBox.visibleProperty());
        valueTable.setItems(model.values());
        column(valueFieldColumn, ImportValueRow::fieldName);
        column(valueColumn, ImportValueRow::value);
        column(valueRowsColumn, ImportValueRow::rows);
        valueTargetColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        valueTargetColumn.setCellFactory(c -> new TargetCell());
        valueBox.visibleProperty().bind(Bindings.isNotEmpty(model.values()));
        valueBox.managedProperty().bind(valueBox.visibleProperty());

        previewTable.setItems(model.rows());
        if (previewTable.getPlaceholder() instanceof Label placeholder) { // 正在读取 only while reading
            placeholder.textProperty().bind(Bindings.when(model.busyProperty())
                    .then(ui.text("import.noPreview")).otherwise(ui.text("import.previewEmpty")));
        }
        rowColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().number()));
        column(nameColumn, PreviewRow::name);
        column(tierColumn, PreviewRow::tier);
        column(typeColumn, PreviewRow::type);
        column(problemColumn, PreviewRow::problems);
        previewTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("problem-row", "warning-row");
                if (!empty && row != null && row.error()) {
                    getStyleClass().add("problem-row");
                } else if (!empty && row != null && row.warning()) {
                    getStyleClass().add("warning-row");
                }
            }
        });
        problemList.setItems(model.problems());
        summaryLabel.textProperty().bind(model.summaryProperty());
        importButton.disableProperty().bind(model.canImportProperty().not().or(model.busyProperty()));
        progressBar.visibleProperty().bind(model.busyProperty());
        progressBar.progressProperty().bind(ui.executor().progressProperty());
    }

    /** A drop-down of the charter's names for one value of the file, bound to its row. */
    private static final class TargetCell extends TableCell<ImportValueRow, ImportValueRow> {
        @Override
        protected void updateItem(ImportValueRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            ComboBox<Choice<String>> box = new ComboBox<>(FXCollections.observableArrayList(row.choices()));
            box.setMaxWidth(Double.MAX_VALUE);
            box.valueProperty().bindBidirectional(row.targetProperty());
            setGraphic(box);
        }
    }

    private static <R> void column(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    @FXML
    private void onImport() {
        model.commit(n -> {
            stage.close();
            onImported.run(); // the notification says how many
        });
    }

    @FXML
    private void onCancel() {
        if (model.busyProperty().get()) {
            model.cancel();
        } else {
            stage.close();
        }
    }
}
