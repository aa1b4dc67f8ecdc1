package org.secretariat.ui.roster;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.service.roster.UnitDraft;
import org.secretariat.service.roster.UnitRow;
import org.secretariat.ui.Choice;
import org.secretariat.ui.UiContext;
import org.secretariat.ui.ViewLoader;

/** The roster screen: search as you type, filters, a sortable table, the detail pane and the actions. */
public final class RosterView {

    private final UiContext ui;
    private final RosterViewModel model;
    private final Parent root;

    @FXML private TextField searchField;
    @FXML private CheckComboBox<Choice<String>> tierFilter;
    @FXML private CheckComboBox<Choice<org.secretariat.domain.UnitType>> typeFilter;
    @FXML private CheckComboBox<Choice<org.secretariat.domain.MemberStatus>> statusFilter;
    @FXML private Button editButton;
    @FXML private Button exportButton;
    @FXML private Button deleteButton;
    @FXML private TableView<UnitRow> table;
    @FXML private TableColumn<UnitRow, String> nameColumn;
    @FXML private TableColumn<UnitRow, String> tierColumn;
    @FXML private TableColumn<UnitRow, String> typeColumn;
    @FXML private TableColumn<UnitRow, String> statusColumn;
    @FXML private TableColumn<UnitRow, LocalDate> joinColumn;
    @FXML private TableColumn<UnitRow, String> codeColumn;
    @FXML private TableColumn<UnitRow, String> legalColumn;
    @FXML private TableColumn<UnitRow, String> contactColumn;
    @FXML private TableColumn<UnitRow, String> phoneColumn;
    @FXML private TableColumn<UnitRow, String> emailColumn;
    @FXML private Label countLabel;
    @FXML private Label detailTitle;
    @FXML private GridPane detailGrid;
    @FXML private TableView<PersonDraft> peopleTable;
    @FXML private ListView<String> historyList;
    @FXML private ListView<String> timelineList;

    public RosterView(UiContext ui) {
        this.ui = ui;
        this.model = new RosterViewModel(ui);
        this.root = ViewLoader.load(this, ui.messages());
    }

    public Parent root() {
        return root;
    }

    public RosterViewModel model() {
        return model;
    }

    /**
     * A ControlsFX drop-down with a tick per value: the ticked values are the model's set; with none
     * ticked it reads 全部…, with some their names (理事单位、副理事长单位).
     */
    private static <T> void filter(CheckComboBox<Choice<T>> box, List<Choice<T>> choices, ObservableSet<T> chosen,
                                   String none) {
        box.getItems().setAll(choices);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Choice<T> c) {
                return c == null ? "" : c.label();
            }

            @Override
            public Choice<T> fromString(String s) {
                return null;
            }
        });
        choices.stream().filter(c -> chosen.contains(c.value())).forEach(c -> box.getCheckModel().check(c));
        Runnable title = () -> box.setTitle(chosen.isEmpty() ? none : box.getCheckModel().getCheckedItems().stream()
                .map(Choice::label).collect(Collectors.joining("、")));
        title.run();
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<Choice<T>>) c -> {
            Set<T> now = box.getCheckModel().getCheckedItems().stream().map(Choice::value).collect(Collectors.toSet());
            chosen.retainAll(now);
            chosen.addAll(now);
            title.run();
        });
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(model.queryProperty());
        filter(tierFilter, model.tierChoices(), model.tierFilter(), model.allTiersText());
        filter(typeFilter, model.typeChoices(), model.typeFilter(), model.allTypesText());
        filter(statusFilter, model.statusChoices(), model.statusFilter(), model.allStatusesText());

        // the view model sorts by ranks worked out once per load; the columns only say which rank
        Map<TableColumn<UnitRow, ?>, RosterOrder.Column> sortable = new HashMap<>();
        text(nameColumn, UnitRow::name, sortable, RosterOrder.Column.NAME);
        text(tierColumn, UnitRow::tierName, sortable, RosterOrder.Column.TIER);
        text(typeColumn, r -> ui.text("unitType." + r.unitType().name()), sortable, RosterOrder.Column.TYPE);
        text(statusColumn, r -> ui.text("status." + r.status().name()), sortable, RosterOrder.Column.STATUS);
        text(joinColumn, UnitRow::joinDate, sortable, RosterOrder.Column.JOIN);
        // sorted by the date, shown as known: 2023年5月 when the roster gave only the month
        joinColumn.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                UnitRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : row.joinDateText());
            }
        });
        text(codeColumn, UnitRow::creditCode, sortable, RosterOrder.Column.CODE);
        text(legalColumn, UnitRow::legalRepresentative, sortable, RosterOrder.Column.LEGAL);
        text(contactColumn, UnitRow::contactName, sortable, RosterOrder.Column.CONTACT);
        text(phoneColumn, UnitRow::phone, sortable, RosterOrder.Column.PHONE);
        text(emailColumn, UnitRow::email, sortable, RosterOrder.Column.EMAIL);

        // the rows are sorted below the filter, so typing filters a sorted list and never re-sorts
        table.setItems(model.visibleRows());
        table.setSkin(new RosterTableSkin(table)); // a keystroke's new row count lays the rows out once, not twice
        table.setSortPolicy(t -> {
            model.sortBy(t.getSortOrder().stream().filter(sortable::containsKey)
                    .map(c -> new RosterOrder.SortKey(sortable.get(c), c.getSortType() == TableColumn.SortType.ASCENDING))
                    .toList());
            return true;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        table.setRowFactory(t -> {
            TableRow<UnitRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    onEdit();
                }
            });
            return row;
        });
        editButton.disableProperty().bind(model.selectedProperty().isNull());
        deleteButton.disableProperty().bind(model.selectedProperty().isNull());
        countLabel.textProperty().bind(model.countTextProperty());
        exportButton.disableProperty().bind(javafx.beans.binding.Bindings.not(model.completeProperty())); // all rows, not the first

        PeopleColumns.install(peopleTable, ui);
        historyList.setItems(model.history());
        timelineList.setItems(model.timeline());
        model.detailsProperty().addListener((o, a, d) -> showDetails(d));
        model.reload(() -> { }); // read ahead while the home screen shows; the tab shows the rows
    }

    private static <T> void text(TableColumn<UnitRow, T> column, Function<UnitRow, T> value,
                                 Map<TableColumn<UnitRow, ?>, RosterOrder.Column> sortable, RosterOrder.Column order) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        sortable.put(column, order);
    }

    private void showDetails(UnitDraft d) {
        detailGrid.getChildren().clear();
        if (d == null) {
            detailTitle.setText(ui.text("roster.detail.none"));
            peopleTable.getItems().clear();
            return;
        }
        detailTitle.setText(d.name);
        int row = 0;
        row = field(row, "field.tier", model.tierName(d.tierId));
        row = field(row, "field.unitType", ui.text("unitType." + d.unitType.name()));
        row = field(row, "field.status", ui.text("status." + d.status.name()));
        row = field(row, "field.joinDate", d.joinDatePrecision.show(d.joinDate));
        row = field(row, "field.creditCode", d.creditCode + (d.creditCodeConfirmed ? " " + ui.text("roster.detail.confirmed") : ""));
        row = field(row, "field.legalRepresentative", d.legalRepresentative);
        row = field(row, "field.address", d.address);
        row = field(row, "field.contactName", d.contactName);
        row = field(row, "field.phone", d.phone);
        row = field(row, "field.email", d.email);
        field(row, "field.remarks", d.remarks);
        peopleTable.setItems(FXCollections.observableArrayList(d.people));
    }

    private int field(int row, String key, String value) {
        Label name = new Label(ui.text(key));
        name.getStyleClass().add("detail-label");
        Label text = new Label(Objects.toString(value, ""));
        text.setWrapText(true);
        detailGrid.addRow(row, name, text);
        return row + 1;
    }

    @FXML
    private void onAdd() {
        UnitFormDialog.open(ui, model, null, root.getScene().getWindow());
    }

    @FXML
    private void onEdit() {
        UnitRow row = model.selectedProperty().get();
        if (row != null) {
            UnitFormDialog.open(ui, model, row.id(), root.getScene().getWindow());
        }
    }

    @FXML
    private void onDelete() {
        UnitRow row = model.selectedProperty().get();
        if (row != null && ui.dialogs().confirm(ui.text("roster.delete.title"), ui.text("roster.delete.confirm", row.name()))) {
            model.delete(row, () -> { });
        }
    }

    @FXML
    private void onImport() {
        ui.dialogs().chooseOpenFile(ui.text("import.choose"), ui.text("import.fileTypes"), "*.xlsx", "*.xls", "*.csv")
                .ifPresent(path -> ImportDialog.open(ui, path, () -> model.reload(() -> { }), root.getScene().getWindow()));
    }

    @FXML
    private void onExport() {
        ui.dialogs().chooseSaveFile(ui.text("roster.export"), ui.text("roster.export.fileName", ui.today()),
                        ui.text("export.fileTypes"), "*.xlsx")
                .ifPresent(path -> model.exportVisible(path, n -> { })); // the notification says where
    }

    @FXML
    private void onTemplate() {
        ui.dialogs().chooseSaveFile(ui.text("roster.template"), ui.text("roster.template.fileName"),
                        ui.text("export.fileTypes"), "*.xlsx")
                .ifPresent(path -> model.writeTemplate(path, () -> { })); // the notification says where
    }
}
