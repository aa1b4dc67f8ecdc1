package org.secretariat.ui.setup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.secretariat.charter.CharterLoadException;
import org.secretariat.charter.CharterLoader;
import org.secretariat.ui.MainWindow;
import org.secretariat.ui.UiContext;

/**
 * A plain editor for the user's own charter profile: edit the YAML, check it (every problem with its
 * line), and save only a profile that passes.
 */
final class CharterEditor {

    private CharterEditor() {
    }

    static void open(UiContext ui, Path file, Runnable onSaved, Window owner) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            ui.dialogs().showError(ui.text("editor.title"), e);
            return;
        }
        open(ui, file.getFileName().toString(), file, text, ui.text("editor.hint", file), onSaved, owner);
    }

    /**
     * A copy not yet saved ({@link org.secretariat.charter.CharterCopy}): the editor shows its text
     * and writes the file only when the user saves; cancelling leaves nothing behind.
     */
    static Stage openDraft(UiContext ui, org.secretariat.charter.CharterCopy.Draft draft, Runnable onSaved, Window owner) {
        return open(ui, draft.name(), draft.file(), draft.text(), ui.text("editor.hint.draft", draft.name(), draft.file()),
                onSaved, owner);
    }

    private static Stage open(UiContext ui, String title, Path file, String text, String hint, Runnable onSaved,
                              Window owner) {
        TextArea area = new TextArea(text);
        area.setFont(Font.font("Monospaced", 13));
        VBox.setVgrow(area, Priority.ALWAYS);
        ListView<String> problems = new ListView<>();
        problems.setPrefHeight(130);
        Label status = new Label(hint);
        status.setWrapText(true);
        Button check = new Button(ui.text("editor.check"));
        Button save = new Button(ui.text("editor.save"));
        Button close = new Button(ui.text("form.cancel"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox box = new VBox(8, status, area, problems, new HBox(8, spacer, check, close, save));
        box.setPadding(new Insets(12));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(ui.text("editor.title") + " — " + title);
        Scene scene = new Scene(org.secretariat.ui.Placeholders.fill(box, ui.messages()), 900, 720);
        MainWindow.style(scene);
        stage.setScene(scene);
        check.setOnAction(e -> check(ui, file, area.getText(), problems));
        save.setOnAction(e -> {
            if (check(ui, file, area.getText(), problems)) {
                try {
                    Files.createDirectories(file.getParent());
                    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                    Files.writeString(tmp, area.getText(), StandardCharsets.UTF_8);
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    stage.close();
                    onSaved.run();
                } catch (IOException ex) {
                    ui.dialogs().showError(ui.text("editor.title"), ex);
                }
            }
        });
        close.setId("editorCancel");
        save.setId("editorSave");
        area.setId("editorText");
        org.secretariat.ui.UnsavedWork work = new org.secretariat.ui.UnsavedWork() {
            @Override
            public boolean hasUnsavedChanges() {
                return !area.getText().equals(text);
            }

            @Override
            public String describeUnsaved() {
                return ui.text("editor.unsaved", title);
            }

            @Override
            public boolean saveUnsaved() {
                save.fire();
                return !stage.isShowing();
            }

            @Override
            public void discardUnsaved() {
                area.setText(text);
            }
        };
        close.setOnAction(e -> {
            if (org.secretariat.ui.LeaveGuard.mayLeave(work, ui.dialogs(), ui.messages())) {
                stage.close();
            }
        });
        stage.setOnCloseRequest(e -> {
            if (!org.secretariat.ui.LeaveGuard.mayLeave(work, ui.dialogs(), ui.messages())) {
                e.consume();
            }
        });
        stage.show();
        return stage;
    }

    private static boolean check(UiContext ui, Path file, String text, ListView<String> problems) {
        try {
            CharterLoader.checking().load(file.getFileName().toString(), text);
            problems.getItems().setAll(ui.text("editor.ok"));
            return true;
        } catch (CharterLoadException e) {
            problems.getItems().setAll(e.problems().stream().map(p -> ui.text("editor.problem", p.line(), p.column(),
                    p.field(), ui.messages().get(p.message()))).toList());
            return false;
        }
    }
}
