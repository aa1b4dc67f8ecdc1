package org.secretariat.ui.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.secretariat.charter.Office;
import org.secretariat.service.roster.FieldProblem;
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.service.roster.UnitDraft;
import org.secretariat.service.roster.UnitRules;
import org.secretariat.ui.UiContext;

/** The small form under a unit's people list: one person, their role and term. */
public final class PersonFormModel {

    private final UiContext ui;
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty role = new SimpleStringProperty("");
    final StringProperty title = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> termStart = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> termEnd = new SimpleObjectProperty<>();
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty email = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    PersonFormModel(UiContext ui) {
        this.ui = ui;
    }

    /** Roles offered: the charter's offices, then the usual unit roles. */
    List<String> roleSuggestions() {
        Set<String> roles = new LinkedHashSet<>();
        roles.add(ui.text("person.role.representative"));
        ui.app().charter().ifPresent(c -> c.offices().stream().map(Office::name).forEach(roles::add));
        roles.add(ui.text("person.role.liaison"));
        return new ArrayList<>(roles);
    }

    void edit(PersonDraft p) {
        name.set(p.name());
        role.set(p.role());
        title.set(p.title());
        termStart.set(p.termStart());
        termEnd.set(p.termEnd());
        phone.set(p.phone());
        email.set(p.email());
        message.set("");
    }

    void clear() {
        edit(new PersonDraft("", "", "", null, null, "", ""));
    }

    /** The person as entered, or empty with the problem shown if it does not pass. */
    Optional<PersonDraft> toDraft() {
        PersonDraft p = new PersonDraft(name.get().strip(), title.get().strip(), role.get() == null ? "" : role.get().strip(),
                termStart.get(), termEnd.get(), phone.get().strip(), email.get().strip());
        UnitDraft holder = new UnitDraft();
        holder.name = "-";
        holder.tierId = "-";
        holder.people.add(p);
        List<FieldProblem> problems = UnitRules.check(holder, null).stream()
                .filter(f -> f.field().startsWith("people[")).toList();
        if (!problems.isEmpty()) {
            message.set(String.join("\n", problems.stream().map(f -> ui.messages().get(f.message())).toList()));
            return Optional.empty();
        }
        clear();
        return Optional.of(p);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
