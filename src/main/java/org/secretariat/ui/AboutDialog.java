package org.secretariat.ui;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** 关于: the version, the data folder, the Java runtime, and the libraries' licences. */
final class AboutDialog {

    private AboutDialog() {
    }

    static Dialog<ButtonType> create(UiContext ui, AboutInfo info, Window owner) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(ui.text("about.title"));
        d.setHeaderText(ui.text("app.title"));
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(6);
        facts.addRow(0, new Label(ui.text("about.version")), value("aboutVersion", info.version()));
        facts.addRow(1, new Label(ui.text("about.dataDir")), value("aboutDataDir", info.dataDir().toString()));
        facts.addRow(2, new Label(ui.text("about.java")), value("aboutJava", info.java()));
        GridPane libraries = new GridPane();
        libraries.setHgap(12);
        libraries.setVgap(2);
        int row = 0;
        for (AboutInfo.Library l : AboutInfo.LIBRARIES) {
            libraries.addRow(row++, new Label(l.name()), new Label(l.licence()));
        }
        Label heading = new Label(ui.text("about.libraries"));
        heading.getStyleClass().add("detail-heading");
        VBox box = new VBox(10, facts, heading, libraries);
        box.setPadding(new Insets(4, 0, 0, 0));
        d.getDialogPane().setContent(box);
        d.getDialogPane().setMinWidth(520);
        d.getDialogPane().getButtonTypes().add(new ButtonType(ui.text("about.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().setId("aboutDialog");
        MainWindow.style(d.getDialogPane().getScene());
        return d;
    }

    private static Label value(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        return l;
    }
}
