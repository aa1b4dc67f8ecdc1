package org.secretariat.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.secretariat.i18n.Messages;

/** Loads a view's FXML (same name as its class) with the message bundle and the given controller. */
public final class ViewLoader {

    private ViewLoader() {
    }

    public static Parent load(Object controller, Messages messages) {
        String name = controller.getClass().getSimpleName() + ".fxml";
        URL url = controller.getClass().getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing FXML next to " + controller.getClass().getName() + ": " + name);
        }
        FXMLLoader loader = new FXMLLoader(url, messages.bundle());
        loader.setControllerFactory(type -> controller);
        try {
            return Placeholders.fill(loader.<Parent>load(), messages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
