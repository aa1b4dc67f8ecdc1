package org.secretariat.ui.roster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.secretariat.exchange.RosterField;
import org.secretariat.exchange.Sheet;
import org.secretariat.service.roster.ImportPreview;
import org.secretariat.service.roster.ImportService;
import org.secretariat.service.roster.RowProblem;
import org.secretariat.service.roster.ValueMapping;
import org.secretariat.ui.BackgroundTask;
import org.secretariat.ui.Choice;
import org.secretariat.ui.UiContext;

/**
 * The import window: the file's columns and what each maps to (recognised headers pre-set, the
 * user may change any), the preview of every row with its problems, and the import itself, which
 * is possible only when no row has an error.
 */
public final class ImportViewModel {

    /** One column of the file: its header, a sample value, and the roster field it fills (null: skip). */
    public static final class ColumnMapping {
        private final int index;
        private final String header;
        private final String sample;
        private final ObjectProperty<Choice<RosterField>> field = new SimpleObjectProperty<>();

        ColumnMapping(int index, String header, String sample) {
            this.index = index;
            this.header = header;
            this.sample = sample;
        }

        public int index() {
            return index;
        }

        public String header() {
            return header;
        }

        public String sample() {
            return sample;
        }

        public ObjectProperty<Choice<RosterField>> fieldProperty() {
            return field;
        }
    }

    /** A preview line: row number, the unit's name and tier, and its problems in words. */
    public record PreviewRow(int number, String name, String tier, String type, String problems, boolean error,
                             boolean warning) {
    }

    private final UiContext ui;
    private final Path file;
    private Sheet sheet;
    private ImportPreview preview;
    private final ObservableList<ColumnMapping> columns = FXCollections.observableArrayList();
    private final ObservableList<ImportValueRow> values = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<String>> chosenSheet = new SimpleObjectProperty<>();
    private ValueMapping valueMapping = ValueMapping.none();
    private boolean showing;
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final List<Choice<RosterField>> fieldChoices = new ArrayList<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public ImportViewModel(UiContext ui, Path file) {
        this.ui = ui;
        this.file = file;
        fieldChoices.add(new Choice<>(null, ui.text("import.skipColumn")));
        for (RosterField f : RosterField.values()) {
            fieldChoices.add(new Choice<>(f, ui.text("field." + f.key())));
        }
        chosenSheet.addListener((o, a, b) -> {
            if (!showing && b != null && sheet != null && !b.value().equals(sheet.sheetName())) {
                read(b.value(), () -> { });
            }
        });
    }

    private record Loaded(Sheet sheet, Map<Integer, RosterField> mapping, ImportPreview preview) {
    }

    /** Reads the file and checks it with the recognised headers, in the background. */
    public void load(Runnable then) {
        read(null, then);
    }

    /**
     * Reads the worksheet named (null: the one with a roster header) and checks it with the
     * recognised headers and the value mapping remembered for this charter, in the background.
     */
    void read(String sheetName, Runnable then) {
        busy.set(true);
        summary.set(ui.text("import.reading", file.getFileName()));
        boolean first = sheet == null;
        ui.executor().execute(BackgroundTask.of(ui.text("import.reading", file.getFileName()), p -> {
            Sheet s = ui.app().importer().read(file, sheetName);
            if (first) {
                valueMapping = ui.app().importer().remembered();
            }
            Map<Integer, RosterField> mapping = ImportService.autoMapping(s);
            return new Loaded(s, mapping, ui.app().importer().preview(s, mapping, valueMapping, p));
        }).onSuccess(r -> {
            sheet = r.sheet();
            buildSheets();
            buildColumns(r.mapping());
            show(r.preview());
            then.run();
        }).onFailure(e -> {
            busy.set(false);
            summary.set(org.secretariat.ui.UserMessages.describe(e, ui.messages()));
            then.run();
        }));
    }

    /** The worksheets with their row counts, the one read chosen; empty for a CSV. */
    private void buildSheets() {
        showing = true;
        List<Choice<String>> list = new ArrayList<>();
        for (Sheet.SheetInfo info : sheet.sheets()) {
            list.add(new Choice<>(info.name(), ui.text("import.sheet.choice", info.name(), info.rowsWithContent())));
        }
        sheets.setAll(list);
        chosenSheet.set(list.stream().filter(c -> c.value().equals(sheet.sheetName())).findFirst().orElse(null));
        showing = false;
    }

    private void buildColumns(Map<Integer, RosterField> mapping) {
        List<ColumnMapping> list = new ArrayList<>();
        for (int c = 0; c < sheet.headers().size(); c++) {
            String sample = sheet.rows().isEmpty() ? "" : sheet.rows().get(0).cell(c);
            ColumnMapping m = new ColumnMapping(c, sheet.headers().get(c), sample);
            RosterField f = mapping.get(c);
            m.field.set(fieldChoices.stream().filter(ch -> ch.value() == f).findFirst().orElse(fieldChoices.get(0)));
            m.field.addListener((o, a, b) -> recheck());
            list.add(m);
        }
        columns.setAll(list);
    }

    /** The mapping as chosen on screen; a field chosen for two columns keeps the first. */
    Map<Integer, RosterField> mapping() {
        Map<Integer, RosterField> mapping = new HashMap<>();
        for (ColumnMapping m : columns) {
            RosterField f = m.field.get() == null ? null : m.field.get().value();
            if (f != null && !mapping.containsValue(f)) {
                mapping.put(m.index, f);
            }
        }
        return mapping;
    }

    /** Checks again with the mapping on screen. */
    public void recheck() {
        if (sheet == null) {
            return;
        }
        busy.set(true);
        Map<Integer, RosterField> mapping = mapping();
        Sheet s = sheet;
        ValueMapping v = valueMapping;
        ui.executor().execute(BackgroundTask.of(ui.text("import.checking"), p -> ui.app().importer().preview(s, mapping, v, p))
                .onSuccess(this::show)
                .onCancelled(() -> busy.set(false)));
    }

    /** Maps a value of the file to the charter's name (null: not mapped) and checks again. */
    void mapValue(RosterField field, String fileValue, String target) {
        valueMapping = valueMapping.with(field, fileValue, target);
        recheck();
    }

    private void buildValues(ImportPreview p) {
        var profile = ui.app().charter().orElseThrow();
        List<ImportValueRow> list = new ArrayList<>();
        for (ImportPreview.UnknownValue u : p.unknownValues()) {
            List<Choice<String>> choices = new ArrayList<>();
            choices.add(new Choice<>(null, ui.text("import.values.unmapped")));
            ValueMapping.targets(u.field(), profile).forEach(t -> choices.add(new Choice<>(t, t)));
            String rowsText = String.join("、", u.rows().stream().limit(20).map(String::valueOf).toList())
                    + (u.rows().size() > 20 ? "…" : "");
            ImportValueRow row = new ImportValueRow(u.field(), ui.text("field." + u.field().key()), u.value(), rowsText,
                    List.copyOf(choices));
            row.target.set(choices.stream().filter(c -> c.value() != null && c.value().equals(u.mappedTo()))
                    .findFirst().orElse(choices.get(0)));
            row.target.addListener((o, a, b) -> mapValue(row.field, row.value, b == null ? null : b.value()));
            list.add(row);
        }
        values.setAll(list);
    }

    private void show(ImportPreview p) {
        preview = p;
        busy.set(false);
        buildValues(p);
        Map<Integer, List<RowProblem>> byRow = new HashMap<>();
        for (RowProblem rp : p.problems()) {
            byRow.computeIfAbsent(rp.row(), k -> new ArrayList<>()).add(rp);
        }
        List<PreviewRow> lines = new ArrayList<>();
        Map<Integer, Map<RosterField, String>> unmapped = new HashMap<>(); // shown as the file has it, in red
        for (ImportPreview.UnknownValue u : p.unknownValues()) {
            if (!u.isMapped()) {
                u.rows().forEach(n -> unmapped.computeIfAbsent(n, k -> new HashMap<>()).put(u.field(),
                        ui.text("import.values.unmappedCell", u.value())));
            }
        }
        for (ImportPreview.Row r : p.rows()) {
            List<RowProblem> rps = byRow.getOrDefault(r.number(), List.of());
            String text = String.join("；", rps.stream().map(this::describeShort).toList());
            Map<RosterField, String> raw = unmapped.getOrDefault(r.number(), Map.of());
            lines.add(new PreviewRow(r.number(), r.draft().name,
                    raw.getOrDefault(RosterField.TIER, tierName(r.draft().tierId)),
                    raw.getOrDefault(RosterField.UNIT_TYPE, ui.text("unitType." + r.draft().unitType.name())), text,
                    r.hasErrors() || !raw.isEmpty(), !rps.isEmpty() && !r.hasErrors() && raw.isEmpty()));
        }
        rows.setAll(lines);
        List<String> lines2 = new ArrayList<>(p.problems().stream().map(this::describe).toList());
        for (ImportPreview.Row r : p.rows()) {
            for (ImportPreview.Normalised n : r.normalised()) {
                lines2.add(ui.text("import.normalisedLine", r.number(),
                        ui.text("import.normalised", ui.text("field." + n.field()), n.before(), n.after())));
            }
        }
        for (org.secretariat.exchange.Sheet.Skipped k : p.skipped()) {
            lines2.add(ui.text("import.normalisedLine", k.number(), ui.text("import.skippedRow", ui.messages().get(k.reason()))));
        }
        problems.setAll(lines2);
        canImport.set(p.canImport());
        String verdict = !p.fileProblems().isEmpty()
                ? ui.text("import.summary.fileProblem", ui.messages().get(p.fileProblems().get(0).message()))
                : p.canImport() ? ui.text("import.summary.ok", p.rows().size(), p.warningCount())
                : ui.text("import.summary.errors", p.rows().size(), p.errorCount());
        StringBuilder notes = new StringBuilder();
        if (!p.skipped().isEmpty()) {
            notes.append(ui.text("import.summary.skipped", p.skipped().size()));
        }
        if (!p.ignoredColumns().isEmpty()) {
            notes.append(ui.text("import.summary.ignored", String.join("、", p.ignoredColumns())));
        }
        summary.set(notes.length() == 0 ? verdict : verdict + "\n" + notes);
    }

    private String tierName(String id) {
        return ui.app().charter().flatMap(c -> c.tier(id)).map(t -> t.name()).orElse(id);
    }

    private String describeShort(RowProblem p) {
        String field = p.field().isEmpty() ? "" : ui.text("field." + p.field()) + "：";
        return (p.isError() ? "" : ui.text("problem.warning")) + field + ui.messages().get(p.message());
    }

    /** "第 5 行 第 3 列 单位类型：…" */
    String describe(RowProblem p) {
        return ui.text("import.problemAt", p.row(), p.column()) + " " + describeShort(p);
    }

    /** Imports every row in one transaction; {@code done} gets the count. */
    public void commit(IntConsumer done) {
        if (preview == null || !preview.canImport()) {
            return;
        }
        busy.set(true);
        ImportPreview p = preview;
        ui.executor().execute(BackgroundTask.of(ui.text("import.writing", p.rows().size()), t -> ui.app().importer().commit(p, t))
                .onSuccess(n -> {
                    busy.set(false);
                    done.accept(n);
                })
                .announce(n -> ui.text("import.done", n, file.getFileName()))
                .onCancelled(() -> {
                    busy.set(false);
                    summary.set(ui.text("import.cancelled"));
                })
                .onFailure(e -> {
                    if (e instanceof ImportService.ImportRefused refused) {
                        show(refused.preview());
                    } else {
                        busy.set(false);
                        ui.dialogs().showError(ui.text("import.title"), e);
                    }
                }));
    }

    /** Stops a running check or import; an import stopped half-way writes nothing. */
    public void cancel() {
        ui.executor().cancelCurrent();
    }

    public Path file() {
        return file;
    }

    public ObservableList<ColumnMapping> columns() {
        return columns;
    }

    public ObservableList<ImportValueRow> values() {
        return values;
    }

    public ObservableList<Choice<String>> sheets() {
        return sheets;
    }

    public ObjectProperty<Choice<String>> chosenSheetProperty() {
        return chosenSheet;
    }

    public List<Choice<RosterField>> fieldChoices() {
        return fieldChoices;
    }

    public ObservableList<PreviewRow> rows() {
        return rows;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
