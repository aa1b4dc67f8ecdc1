package org.secretariat.service.roster;

import org.secretariat.service.Progress;

import org.secretariat.domain.AuditAction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Tier;
import org.secretariat.domain.CreditCode;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.UnitNames;
import org.secretariat.domain.UnitType;
import org.secretariat.exchange.CellNormaliser;
import org.secretariat.exchange.CellText;
import org.secretariat.exchange.RosterField;
import org.secretariat.exchange.Sheet;
import org.secretariat.exchange.SheetReadException;
import org.secretariat.exchange.SheetReader;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.Database;
import org.secretariat.persistence.Settings;
import org.apache.logging.log4j.LogManager;
import java.io.IOException;
import java.util.EnumMap;
import org.secretariat.service.roster.membership.DraftChanges;
import org.secretariat.service.roster.membership.RosterFacts;

/**
 * Imports a roster: reads the file, maps its columns, checks every row (formats, charter tiers,
 * duplicates in the file and on the roster) and writes all rows in one transaction, or none.
 */
public final class ImportService {

    /** Thrown by {@link #commit} when the rows no longer pass (someone changed the roster meanwhile). */
    public static final class ImportRefused extends RuntimeException {
        private final transient ImportPreview preview;

        public ImportRefused(ImportPreview preview) {
            super("import refused: " + preview.errorCount() + " errors");
            this.preview = preview;
        }

        public ImportPreview preview() {
            return preview;
        }
    }

    /** Rows written between two flushes: Hibernate's JDBC batch size, so each flush is one batch a table. */
    static final int BATCH = 50;
    /** No imported cell may hold more characters than this (the longest field, remarks, takes 2 000). */
    public static final int MAX_CELL = 2000;
    /** Excel's error values, as a cell whose formula failed shows them. */
    static final Set<String> FORMULA_ERRORS = Set.of("#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!",
            "#SPILL!", "#CALC!", "#GETTING_DATA");

    /** What a phone cell's words (「微信同号」) become in the unit's remarks. */
    static final String PHONE_NOTE = "电话备注：";

    private final Database db;
    private final RosterService roster;
    private final Supplier<CharterProfile> charter;
    private final Settings settings;
    private final SheetReader reader = new SheetReader();

    public ImportService(Database db, RosterService roster, Supplier<CharterProfile> charter, Settings settings) {
        this.db = db;
        this.roster = roster;
        this.charter = charter;
        this.settings = settings;
    }

    private String memoryPrefix() {
        return "import.map." + charter.get().id() + ".";
    }

    /** The value mapping remembered from this charter's earlier imports (理事长单位 → 理事单位). */
    public ValueMapping remembered() {
        ValueMapping m = ValueMapping.none();
        for (Map.Entry<String, String> e : settings.withPrefix(memoryPrefix()).entrySet()) {
            int dot = e.getKey().indexOf('.');
            Optional<RosterField> field = dot < 0 ? Optional.empty() : RosterField.forKey(e.getKey().substring(0, dot));
            if (field.isPresent() && ValueMapping.FIELDS.contains(field.get())) {
                m = m.with(field.get(), e.getKey().substring(dot + 1), e.getValue());
            }
        }
        return m;
    }

    /** Remembers the values this preview mapped, for this charter's next import. */
    private void remember(ImportPreview preview) {
        try {
            for (ImportPreview.UnknownValue v : preview.unknownValues()) {
                if (v.isMapped()) {
                    settings.set(memoryPrefix() + v.field().key() + "." + v.value(), v.mappedTo());
                }
            }
        } catch (IOException e) {
            // the import is written; only the convenience of a pre-filled mapping next time is lost
            LogManager.getLogger(ImportService.class).warn("value mapping not remembered: {}", e.toString());
        }
    }

    public Sheet read(Path file) throws SheetReadException {
        return reader.read(file);
    }

    /** Reads the worksheet named or numbered by {@code sheet} (null: the one with a roster header). */
    public Sheet read(Path file, String sheet) throws SheetReadException {
        return reader.read(file, sheet);
    }

    /** Columns recognised by their headers; columns not recognised are left out. */
    public static Map<Integer, RosterField> autoMapping(Sheet sheet) {
        Map<Integer, RosterField> mapping = new LinkedHashMap<>();
        for (int c = 0; c < sheet.headers().size(); c++) {
            Optional<RosterField> f = RosterField.forHeader(sheet.headers().get(c));
            if (f.isPresent() && !mapping.containsValue(f.get())) {
                mapping.put(c, f.get());
            }
        }
        return mapping;
    }

    public ImportPreview preview(Sheet sheet, Map<Integer, RosterField> mapping) {
        return preview(sheet, mapping, Progress.NONE);
    }

    /** Checks with the value mapping remembered for this charter. */
    public ImportPreview preview(Sheet sheet, Map<Integer, RosterField> mapping, Progress progress) {
        return preview(sheet, mapping, remembered(), progress);
    }

    /** Checks every row; values not of the charter are looked up in {@code values}. */
    public ImportPreview preview(Sheet sheet, Map<Integer, RosterField> mapping, ValueMapping values, Progress progress) {
        return db.fromTransaction(s -> check(s, sheet, mapping, values, progress));
    }

    /** Writes every row in one transaction; nothing is written if any row fails. Returns the count. */
    public int commit(ImportPreview preview) {
        return commit(preview, Progress.NONE);
    }

    /** As {@link #commit(ImportPreview)}; cancelling rolls the whole import back. */
    public int commit(ImportPreview preview, Progress progress) {
        ImportPreview[] written = new ImportPreview[1];
        int count = db.fromTransaction(s -> {
            // the audit trail's end read once; its entries are chained in row order and batched like the rows
            var chain = roster.auditChain(s);
            ImportPreview fresh = unchangedSince(preview, chain.startHash()) ? preview
                    : check(s, preview.sheet(), preview.mapping(), preview.values(), progress);
            written[0] = fresh;
            if (!fresh.canImport()) {
                throw new ImportRefused(fresh);
            }
            s.flush(); // nothing of the session's may follow the rows inserted beside it
            s.doWork(connection -> {
                try (RosterInserts inserts = roster.inserts(s, connection, chain, BATCH)) {
                    int done = 0;
                    for (ImportPreview.Row row : fresh.rows()) {
                        UnitDraft d = row.draft();
                        d.creditCodeConfirmed = true; // warnings were shown in the preview and accepted
                        inserts.add(d, AuditAction.IMPORT);
                        if (++done % BATCH == 0) {
                            inserts.flush(); // one JDBC batch per table
                            progress.checkCancelled();
                            progress.update(done, fresh.rows().size());
                        }
                    }
                }
            });
            return fresh.rows().size();
        });
        remember(written[0]);
        return count;
    }

    /**
     * True if nothing was written since the preview's rows were checked (the audit trail's head is
     * where it was) under the same charter: the same check would give the same verdicts, so the
     * commit writes the checked rows without a second pass. Anything else is checked again.
     */
    private boolean unchangedSince(ImportPreview preview, String auditHead) {
        ImportPreview.CheckedAgainst c = preview.checkedAgainst();
        return c != null && c.auditHead().equals(auditHead) && c.charter() == charter.get();
    }

    /** 「缺少「单位名称」列」, naming the worksheet read and the others the file has. */
    private static Text missingColumn(Sheet sheet, RosterField f) {
        if (sheet.sheetName().isEmpty() || sheet.otherSheets().isEmpty()) {
            return Text.of("import.error.missingColumn", f.chineseHeader());
        }
        return Text.of("import.error.missingColumnInSheet", f.chineseHeader(), sheet.sheetName(),
                SheetReader.describe(sheet.otherSheets()));
    }

    private ImportPreview check(Session s, Sheet sheet, Map<Integer, RosterField> mapping, ValueMapping values,
                                Progress progress) {
        List<RowProblem> fileProblems = new ArrayList<>();
        Map<RosterField, Integer> columnOf = new HashMap<>();
        mapping.forEach((col, field) -> columnOf.put(field, col));
        for (RosterField f : RosterField.values()) {
            if (f.isRequired() && !columnOf.containsKey(f)) {
                fileProblems.add(new RowProblem(sheet.headerRow(), 1, f.key(), FieldProblem.Severity.ERROR,
                        missingColumn(sheet, f)));
            }
        }
        if (sheet.rows().isEmpty()) {
            fileProblems.add(new RowProblem(sheet.headerRow(), 1, "", FieldProblem.Severity.ERROR,
                    Text.of("import.error.noRows")));
        }
        List<ImportPreview.Row> rows = new ArrayList<>();
        if (!fileProblems.isEmpty()) {
            return new ImportPreview(sheet, Map.copyOf(mapping), rows, fileProblems);
        }
        CharterProfile profile = charter.get();
        ImportPreview.CheckedAgainst against = new ImportPreview.CheckedAgainst(roster.auditHead(s), profile);
        // the roster's names and codes, read once: a duplicate check per row would be two queries per row
        Map<String, String> onRosterByName = new HashMap<>();
        Map<String, String> onRosterByCode = new HashMap<>();
        for (Object[] r : s.createSelectionQuery("select u.name, u.creditCode from MemberUnit u", Object[].class).getResultList()) {
            onRosterByName.put(UnitNames.key((String) r[0]), (String) r[0]);
            if (r[1] != null) {
                onRosterByCode.put((String) r[1], (String) r[0]);
            }
        }
        Map<RosterField, Map<String, List<Integer>>> unknown = new EnumMap<>(RosterField.class);
        Map<String, Integer> namesSeen = new HashMap<>();
        java.time.LocalDate today = roster.today();
        Map<String, Integer> codesSeen = new HashMap<>();
        int done = 0;
        for (Sheet.Row sheetRow : sheet.rows()) {
            if (++done % 50 == 0) {
                progress.checkCancelled();
                progress.update(done, sheet.rows().size());
            }
            List<RowProblem> problems = new ArrayList<>();
            Set<String> tooLong = new HashSet<>();
            List<ImportPreview.Normalised> normalised = new ArrayList<>();
            UnitDraft d = draft(limitCells(sheetRow, columnOf, problems, tooLong), columnOf, profile, values, unknown,
                    problems, normalised);
            List<FieldProblem> found = new ArrayList<>(UnitRules.check(d, profile, today));
            // the same membership rules as the form, a case or a resolution (a new unit entered as a member)
            found.addAll(DraftChanges.check(profile, d, null, RosterFacts.of(List.of()), null));
            String existing = onRosterByName.get(UnitNames.key(d.name));
            if (existing != null) {
                found.add(FieldProblem.error("name", "rule.name.duplicate", existing));
            }
            String owner = d.creditCode.isEmpty() ? null : onRosterByCode.get(CreditCode.normalize(d.creditCode));
            if (owner != null) {
                found.add(FieldProblem.error("creditCode", "rule.creditCode.duplicate", owner));
            }
            boolean scientific = problems.stream().anyMatch(p -> p.message().key().equals("import.error.creditCodeScientific"));
            for (FieldProblem fp : found) {
                String field = fp.field();
                if (scientific && fp.message().key().equals("rule.creditCode.malformed")) {
                    continue; // said once, with how to fix it in Excel
                }
                if (tooLong.contains(field)) {
                    continue; // said once, by the cell check
                }
                int col = RosterField.forKey(field).map(columnOf::get).map(c -> c + 1).orElse(1);
                Text message = fp.message().key().equals("rule.creditCode.check")
                        ? Text.of("import.warning.creditCodeCheck", fp.message().args()) : fp.message();
                problems.add(new RowProblem(sheetRow.number(), col, field, fp.severity(), message));
            }
            checkRepeat(namesSeen, UnitNames.key(d.name), sheetRow.number(), columnOf.get(RosterField.NAME), "name", problems);
            String code = CreditCode.normalize(d.creditCode);
            if (!code.isEmpty() && !scientific) { // digits lost: said once, not as a repeat of another lost code
                checkRepeat(codesSeen, code, sheetRow.number(), columnOf.get(RosterField.CREDIT_CODE), "creditCode", problems);
            }
            problems.sort((a, b) -> Integer.compare(a.column(), b.column()));
            rows.add(new ImportPreview.Row(sheetRow.number(), d, List.copyOf(problems), List.copyOf(normalised)));
        }
        List<ImportPreview.UnknownValue> unknownValues = UnknownValues.collect(unknown, columnOf, values, profile, rows);
        return new ImportPreview(sheet, Map.copyOf(mapping), List.copyOf(rows), List.of(), values, unknownValues, against);
    }

    /**
     * Refuses any imported cell longer than {@link #MAX_CELL} characters (at its row and column) and
     * cuts it there, so nothing further is spent on a 100 000-character cell; refuses a cell showing
     * a formula's error (#DIV/0!) and reads it as empty, so it is said once.
     */
    private static Sheet.Row limitCells(Sheet.Row row, Map<RosterField, Integer> columnOf, List<RowProblem> problems,
                                        Set<String> tooLong) {
        List<String> cells = null;
        for (Map.Entry<RosterField, Integer> e : columnOf.entrySet()) {
            String value = row.cell(e.getValue());
            if (FORMULA_ERRORS.contains(value.strip())) { // =1/0 in the sheet: no value to import, said at its cell
                problems.add(new RowProblem(row.number(), e.getValue() + 1, e.getKey().key(), FieldProblem.Severity.ERROR,
                        Text.of("import.error.formulaError", value.strip())));
                tooLong.add(e.getKey().key());
                cells = cells == null ? new ArrayList<>(row.cells()) : cells;
                cells.set(e.getValue(), "");
                continue;
            }
            if (value.length() > MAX_CELL) {
                problems.add(new RowProblem(row.number(), e.getValue() + 1, e.getKey().key(), FieldProblem.Severity.ERROR,
                        Text.of("import.error.cellTooLong", value.length(), MAX_CELL)));
                tooLong.add(e.getKey().key());
                cells = cells == null ? new ArrayList<>(row.cells()) : cells;
                cells.set(e.getValue(), value.substring(0, MAX_CELL));
            }
        }
        return cells == null ? row : new Sheet.Row(row.number(), List.copyOf(cells));
    }

    private static void checkRepeat(Map<String, Integer> seen, String value, int row, Integer column, String field,
                                    List<RowProblem> problems) {
        if (value.isEmpty() || column == null) {
            return;
        }
        Integer first = seen.putIfAbsent(value, row);
        if (first != null) {
            problems.add(new RowProblem(row, column + 1, field, FieldProblem.Severity.ERROR,
                    Text.of("import.error.repeated", value, first)));
        }
    }

    private static UnitDraft draft(Sheet.Row row, Map<RosterField, Integer> columnOf, CharterProfile profile,
                                   ValueMapping values, Map<RosterField, Map<String, List<Integer>>> unknown,
                                   List<RowProblem> problems, List<ImportPreview.Normalised> normalised) {
        UnitDraft d = new UnitDraft();
        ImportNormalising n = new ImportNormalising(columnOf, normalised);
        d.name = text(row, columnOf, RosterField.NAME);
        String code = text(row, columnOf, RosterField.CREDIT_CODE);
        if (CellNormaliser.isScientific(code)) {
            problems.add(problem(row, columnOf, RosterField.CREDIT_CODE, Text.of("import.error.creditCodeScientific", code)));
        }
        d.creditCode = CreditCode.normalize(n.creditCode(code));
        d.legalRepresentative = text(row, columnOf, RosterField.LEGAL_REPRESENTATIVE);
        d.address = text(row, columnOf, RosterField.ADDRESS);
        d.contactName = text(row, columnOf, RosterField.CONTACT_NAME);
        d.remarks = text(row, columnOf, RosterField.REMARKS);
        CellNormaliser.Phone phone = n.phone(text(row, columnOf, RosterField.PHONE));
        d.phone = phone.number();
        if (!phone.note().isEmpty()) {
            String note = PHONE_NOTE + phone.note(); // data, kept in Chinese whatever the UI language
            d.remarks = d.remarks.isEmpty() ? note : d.remarks + "；" + note;
        }
        d.email = n.plain(RosterField.EMAIL, text(row, columnOf, RosterField.EMAIL));
        for (RosterField f : ValueMapping.FIELDS) { // said once per value, after all rows (see unknownValues)
            String value = text(row, columnOf, f);
            if (!value.isEmpty() && !ValueMapping.isKnown(f, value, profile)) {
                unknown.computeIfAbsent(f, k -> new LinkedHashMap<>()).computeIfAbsent(value, k -> new ArrayList<>())
                        .add(row.number());
            }
        }
        String type = text(row, columnOf, RosterField.UNIT_TYPE);
        d.unitType = type.isEmpty() ? UnitType.OTHER : values.unitType(type).orElse(UnitType.OTHER);
        String tier = text(row, columnOf, RosterField.TIER);
        Optional<Tier> t = tier.isEmpty() ? Optional.of(profile.entryTier()) : values.tier(tier, profile);
        d.tierId = t.orElse(profile.entryTier()).id();
        String status = text(row, columnOf, RosterField.STATUS);
        d.status = status.isEmpty() ? MemberStatus.MEMBER : values.status(status).orElse(MemberStatus.MEMBER);
        String date = text(row, columnOf, RosterField.JOIN_DATE);
        CellText.DateValue joined = CellText.date(date);
        if (joined instanceof CellText.ValidDate v) {
            d.joinDate = v.date();
            d.joinDatePrecision = v.precision();
            n.date(date, v);
            if (date.matches("\\d{4}\\.1")) { // Excel keeps 2023.10 typed into a number cell as 2023.1
                problems.add(new RowProblem(row.number(), columnOf.get(RosterField.JOIN_DATE) + 1, RosterField.JOIN_DATE.key(),
                        FieldProblem.Severity.WARNING, Text.of("import.warning.dateDotOne", date, v.date().getYear())));
            }
        } else if (joined instanceof CellText.BadDate b) {
            problems.add(problem(row, columnOf, RosterField.JOIN_DATE, Text.of("import.error.date", b.text())));
        }
        return d;
    }

    private static RowProblem problem(Sheet.Row row, Map<RosterField, Integer> columnOf, RosterField field, Text text) {
        return new RowProblem(row.number(), columnOf.get(field) + 1, field.key(), FieldProblem.Severity.ERROR, text);
    }

    private static String text(Sheet.Row row, Map<RosterField, Integer> columnOf, RosterField field) {
        Integer col = columnOf.get(field);
        return col == null ? "" : CellText.clean(row.cell(col));
    }
}
