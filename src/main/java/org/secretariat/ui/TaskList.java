package org.secretariat.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.PopOver;
import org.controlsfx.control.TaskProgressView;
import org.secretariat.i18n.Messages;

/**
 * The status bar's 后台任务 button: while work runs it shows how many tasks are running or waiting,
 * and opens a ControlsFX {@link TaskProgressView} listing each with its progress and a cancel button.
 */
final class TaskList {

    private TaskList() {
    }

    static Button button(TaskExecutor executor, Messages messages) {
        Button button = new Button();
        button.setId("statusTasks");
        button.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("main.tasks", executor.tasks().size()), executor.tasks()));
        button.visibleProperty().bind(Bindings.isNotEmpty(executor.tasks()));
        button.managedProperty().bind(button.visibleProperty());
        // the list and its pop-over are made the first time they are asked for, not on the way to the window
        PopOver[] made = new PopOver[1];
        executor.tasks().addListener((ListChangeListener<Task<?>>) c -> {
            if (executor.tasks().isEmpty() && made[0] != null && made[0].isShowing()) {
                made[0].hide(); // all done: nothing left to list, and the button has gone
            }
        });
        button.setOnAction(e -> {
            if (made[0] == null) {
                made[0] = popOver(executor, messages);
            }
            if (made[0].isShowing()) {
                made[0].hide();
            } else {
                made[0].show(button);
            }
        });
        return button;
    }

    private static PopOver popOver(TaskExecutor executor, Messages messages) {
        TaskProgressView<Task<?>> view = new TaskProgressView<>();
        view.setId("taskList");
        view.setPrefSize(420, 240);
        inLanguage(view, messages);
        // the view drops a task itself when it ends; so follow the executor's list one task at a time
        view.getTasks().setAll(executor.tasks());
        executor.tasks().addListener((ListChangeListener<Task<?>>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(view.getTasks()::remove);
                c.getAddedSubList().stream().filter(t -> !view.getTasks().contains(t)).forEach(view.getTasks()::add);
            }
        });
        PopOver popOver = new PopOver(view);
        popOver.setArrowLocation(PopOver.ArrowLocation.BOTTOM_RIGHT);
        popOver.setTitle(messages.get("main.tasks.title"));
        popOver.setHeaderAlwaysVisible(true);
        popOver.setDetachable(false);
        return popOver;
    }

    /**
     * TaskProgressView's skin has "Cancel", "Cancel Task" and "No tasks running" built in, in English:
     * its cells get the window's words as they are made.
     */
    @SuppressWarnings("unchecked")
    static void inLanguage(TaskProgressView<?> view, Messages messages) {
        view.skinProperty().addListener((o, was, skin) -> {
            if (skin == null || !(skin.getNode() instanceof javafx.scene.Parent p)) {
                return;
            }
            p.lookupAll(".list-view").forEach(n -> {
                ListView<Object> list = (ListView<Object>) n;
                list.setPlaceholder(new Label(messages.get("main.tasks.none")));
                var made = list.getCellFactory();
                list.setCellFactory(l -> {
                    ListCell<Object> cell = made.call(l);
                    cell.graphicProperty().addListener((g, a, graphic) -> {
                        if (graphic instanceof javafx.scene.Parent content) {
                            content.lookupAll(".task-cancel-button").forEach(b -> {
                                ((Button) b).setText(messages.get("main.cancel"));
                                ((Button) b).setTooltip(new Tooltip(messages.get("main.tasks.cancel")));
                            });
                        }
                    });
                    return cell;
                });
            });
        });
    }
}
