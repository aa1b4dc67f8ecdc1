package org.secretariat.ui.roster;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.ui.UiContext;

/** The read-only columns of a unit's people: name, role, title, term, phone, e-mail. */
final class PeopleColumns {

    private PeopleColumns() {
    }

    static void install(TableView<PersonDraft> table, UiContext ui) {
        table.getColumns().setAll(
                column(ui.text("person.name"), PersonDraft::name, 70),
                column(ui.text("person.role"), PersonDraft::role, 70),
                column(ui.text("person.title"), PersonDraft::title, 70),
                column(ui.text("person.term"), p -> Objects.toString(p.termStart(), "") + " ~ "
                        + Objects.toString(p.termEnd(), ""), 160),
                column(ui.text("field.phone"), PersonDraft::phone, 100),
                column(ui.text("field.email"), PersonDraft::email, 120));
    }

    private static TableColumn<PersonDraft, String> column(String title, Function<PersonDraft, String> value, double width) {
        TableColumn<PersonDraft, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(Objects.toString(value.apply(d.getValue()), "")));
        c.setPrefWidth(width);
        return c;
    }
}
