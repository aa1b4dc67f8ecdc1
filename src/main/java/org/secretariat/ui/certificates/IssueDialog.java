package org.secretariat.ui.certificates;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.secretariat.service.certificates.CertificateOutput;
import org.secretariat.service.roster.UnitRow;
import org.secretariat.ui.BackgroundTask;
import org.secretariat.ui.Choice;
import org.secretariat.ui.MainWindow;
import org.secretariat.ui.UiContext;

/** Issuing a kind of certificate: the entitled units (all ticked), the format, and the output folder. */
final class IssueDialog {

    /** A unit in the list, ticked to receive the certificate. */
    record Pick(long id, String name, BooleanProperty chosen) {
        @Override
        public String toString() {
            return name;
        }
    }

    private IssueDialog() {
    }

    static void open(UiContext ui, RegisterModel register, Window owner) {
        ComboBox<Choice<String>> kind = new ComboBox<>();
        ui.app().certificates().kinds().forEach(k -> kind.getItems().add(new Choice<>(k.id(), k.name())));
        ListView<Pick> units = new ListView<>();
        units.setId("issueUnits");
        units.setCellFactory(CheckBoxListCell.forListView(Pick::chosen));
        VBox.setVgrow(units, Priority.ALWAYS);
        CheckBox all = new CheckBox(ui.text("certificate.issue.all"));
        all.setSelected(true);
        all.setOnAction(e -> units.getItems().forEach(p -> p.chosen().set(all.isSelected())));
        ComboBox<Choice<CertificateOutput.Format>> format = new ComboBox<>();
        format.getItems().addAll(new Choice<>(CertificateOutput.Format.PDF, "PDF"),
                new Choice<>(CertificateOutput.Format.DOCX, "Word (.docx)"));
        format.getSelectionModel().select(0);
        CheckBox combined = new CheckBox(ui.text("certificate.issue.combined"));
        combined.disableProperty().bind(format.valueProperty().isNotEqualTo(format.getItems().get(0)));
        Label hint = new Label(ui.text("certificate.issue.hint"));
        hint.setWrapText(true);
        Button go = new Button(ui.text("certificate.issue.go"));
        go.getStyleClass().add("accent");
        go.setId("issueGo");
        Stage stage = new Stage();
        kind.valueProperty().addListener((o, a, k) -> {
            if (k == null) {
                return;
            }
            ui.executor().execute(BackgroundTask.of(ui.text("certificate.task.load"), p -> {
                List<Long> ids = ui.app().certificates().eligibleUnits(k.value());
                List<Pick> picks = new ArrayList<>();
                for (UnitRow r : ui.app().roster().list()) {
                    if (ids.contains(r.id())) {
                        picks.add(new Pick(r.id(), r.name(), new SimpleBooleanProperty(true)));
                    }
                }
                return picks;
            }).onSuccess(picks -> units.getItems().setAll(picks)));
        });
        go.setOnAction(e -> {
            List<Long> chosen = units.getItems().stream().filter(p -> p.chosen().get()).map(Pick::id).toList();
            if (kind.getValue() == null || chosen.isEmpty()) {
                return;
            }
            ui.dialogs().chooseDirectory(ui.text("certificate.issue.folder")).ifPresent(dir -> {
                stage.close();
                register.issue(kind.getValue().value(), chosen, dir, format.getValue().value(), combined.isSelected());
            });
        });
        VBox box = new VBox(8, new HBox(8, new Label(ui.text("certificate.kind")), kind), hint, all, units,
                new HBox(8, format, combined), go);
        box.setPadding(new Insets(12));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(ui.text("certificate.issue"));
        Scene scene = new Scene(org.secretariat.ui.Placeholders.fill(box, ui.messages()), 520, 600);
        MainWindow.style(scene);
        stage.setScene(scene);
        stage.show();
        if (!kind.getItems().isEmpty()) {
            kind.getSelectionModel().select(0);
        }
    }
}
