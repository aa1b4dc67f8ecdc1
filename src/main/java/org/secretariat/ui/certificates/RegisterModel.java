package org.secretariat.ui.certificates;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.secretariat.charter.CertificateKind;
import org.secretariat.domain.CertificateState;
import org.secretariat.service.certificates.CertificateOutput;
import org.secretariat.service.certificates.CertificateRow;
import org.secretariat.service.certificates.CertificateService;
import org.secretariat.ui.BackgroundTask;
import org.secretariat.ui.Choice;
import org.secretariat.ui.Tone;
import org.secretariat.ui.UiContext;

/** The certificate register: the list, issuing in batches, reissue, revoke, return, output, verify. */
public final class RegisterModel {

    private final UiContext ui;
    final ObservableList<CertificateRow> rows = FXCollections.observableArrayList();
    final FilteredList<CertificateRow> visible = new FilteredList<>(rows, r -> true);
    final List<Choice<String>> kindChoices = new ArrayList<>();
    final ObjectProperty<Choice<String>> kindFilter = new SimpleObjectProperty<>();
    final ObjectProperty<CertificateRow> selected = new SimpleObjectProperty<>();
    final StringProperty code = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Tone> verdictTone = new ReadOnlyObjectWrapper<>(Tone.NONE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public RegisterModel(UiContext ui) {
        this.ui = ui;
        kindChoices.add(new Choice<>(null, ui.text("certificate.allKinds")));
        for (CertificateKind k : ui.app().certificates().kinds()) {
            kindChoices.add(new Choice<>(k.id(), k.name()));
        }
        kindFilter.set(kindChoices.get(0));
        kindFilter.addListener((o, a, b) -> visible.setPredicate(r -> b == null || b.value() == null || b.value().equals(r.kindId())));
    }

    public void reload() {
        ui.executor().execute(BackgroundTask.of(ui.text("certificate.task.load"), p -> ui.app().certificates().list())
                .onSuccess(rows::setAll));
    }

    /** Issues the kind to the units and writes the files, in the background with progress and cancel. */
    public void issue(String kindId, List<Long> unitIds, Path dir, CertificateOutput.Format format, boolean combined) {
        ui.executor().execute(BackgroundTask.of(ui.text("certificate.task.issue", unitIds.size()), p -> {
            List<Path> files = new java.util.ArrayList<>();
            // printed before the register commits: cancelling or a refused folder leaves no certificate and no file
            CertificateService.Issued issued = ui.app().certificates().issue(kindId, unitIds, ui.today(), true,
                    (s, ids) -> files.addAll(ui.app().certificateOutput().writeIssuing(s, ids, dir, format, combined, p)));
            return new Outcome(issued, files);
        }).onSuccess(o -> {
            reload();
            if (!o.issued().problems().isEmpty()) {
                ui.dialogs().showError(ui.text("certificate.issue"), String.join("\n",
                        o.issued().problems().stream().map(t -> ui.messages().get(t)).toList()));
            } else {
                status.set(ui.text("certificate.cli.done", o.issued().ids().size(), o.issued().skipped(), dir));
            }
        }).onCancelled(() -> {
            reload();
            status.set(ui.text("certificate.cancelled"));
        }).announce(o -> o.issued().problems().isEmpty()
                ? ui.text("certificate.cli.done", o.issued().ids().size(), o.issued().skipped(), dir)
                : null)); // problems: the error dialog says which
    }

    private record Outcome(CertificateService.Issued issued, List<Path> files) {
    }

    /** Writes the selected certificates again (a reprint of the same numbers). */
    public void output(List<Long> ids, Path dir, CertificateOutput.Format format, boolean combined) {
        ui.executor().execute(BackgroundTask.of(ui.text("certificate.task.output", ids.size()),
                p -> ui.app().certificateOutput().write(ids, dir, format, combined, p))
                .onSuccess(files -> status.set(ui.text("certificate.written", files.size(), dir))));
    }

    public void reissue(CertificateRow row, String reason) {
        ui.executor().execute(BackgroundTask.of(ui.text("certificate.reissue"),
                p -> ui.app().certificates().reissue(row.id(), ui.today(), reason)).onSuccess(id -> reload()));
    }

    public void close(CertificateRow row, CertificateState state, String reason) {
        ui.executor().execute(BackgroundTask.of(ui.text("certificate.task.state"), p -> {
            ui.app().certificates().close(row.id(), state, ui.today(), reason);
            return null;
        }).onSuccess(x -> reload()));
    }

    public void verify() {
        String c = code.get();
        ui.executor().execute(BackgroundTask.of(ui.text("certificate.verify"), p -> ui.app().certificates().verify(c))
                .onSuccess(v -> {
                    verdictTone.set(Tone.of(v.verdict()));
                    verdict.set(String.join("\n", v.texts().stream().map(ui.messages()::get).toList()));
                }));
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** How the verification verdict looks: forged never like genuine. */
    public ReadOnlyObjectProperty<Tone> verdictToneProperty() {
        return verdictTone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
