package org.secretariat.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeTableView;
import org.secretariat.i18n.Messages;

/**
 * Gives every table and list without a placeholder of its own the bundle's 「暂无数据」, so JavaFX's
 * built-in 「No content in table」 never shows inside the Chinese window. Walks content that is not
 * yet in the scene graph too (tabs, split panes, scroll panes, titled panes).
 */
public final class Placeholders {

    private Placeholders() {
    }

    public static <T extends Node> T fill(T root, Messages messages) {
        walk(root, messages.get("table.empty"));
        return root;
    }

    /**
     * JavaFX's own texts (a text field's 撤销/复制/粘贴 menu, the date picker) follow the default
     * locale, not ours: make them speak the window's language.
     */
    public static void useLanguageForBuiltInTexts(Messages messages) {
        java.util.Locale.setDefault(messages.locale());
    }

    private static void walk(Node node, String text) {
        if (node == null) {
            return;
        }
        if (node instanceof TableView<?> t && t.getPlaceholder() == null) {
            t.setPlaceholder(label(text));
        } else if (node instanceof ListView<?> l && l.getPlaceholder() == null) {
            l.setPlaceholder(label(text));
        } else if (node instanceof TreeTableView<?> t && t.getPlaceholder() == null) {
            t.setPlaceholder(label(text));
        }
        if (node instanceof TabPane p) {
            for (Tab tab : p.getTabs()) {
                walk(tab.getContent(), text);
            }
        } else if (node instanceof SplitPane p) {
            p.getItems().forEach(n -> walk(n, text));
        } else if (node instanceof ScrollPane p) {
            walk(p.getContent(), text);
        } else if (node instanceof TitledPane p) {
            walk(p.getContent(), text);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(n -> walk(n, text));
        }
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("placeholder-text");
        return l;
    }
}
