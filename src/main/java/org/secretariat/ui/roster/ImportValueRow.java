package org.secretariat.ui.roster;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.secretariat.exchange.RosterField;
import org.secretariat.ui.Choice;

/**
 * A value of the file not of the charter (理事长单位), once per value: its column, the rows it is
 * in, and the charter's name it maps to (a choice whose value is null: not mapped).
 */
public final class ImportValueRow {
    final RosterField field;
    private final String fieldName;
    final String value;
    private final String rows;
    private final List<Choice<String>> choices;
    final ObjectProperty<Choice<String>> target = new SimpleObjectProperty<>();

    ImportValueRow(RosterField field, String fieldName, String value, String rows, List<Choice<String>> choices) {
        this.field = field;
        this.fieldName = fieldName;
        this.value = value;
        this.rows = rows;
        this.choices = choices;
    }

    public String fieldName() {
        return fieldName;
    }

    public String value() {
        return value;
    }

    public String rows() {
        return rows;
    }

    public List<Choice<String>> choices() {
        return choices;
    }

    public ObjectProperty<Choice<String>> targetProperty() {
        return target;
    }
}
