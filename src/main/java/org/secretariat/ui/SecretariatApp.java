package org.secretariat.ui;

import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: placeholder until the window is built. */
public final class SecretariatApp extends Application {

    public static void launchWith(List<String> args) {
        Application.launch(SecretariatApp.class, args.toArray(String[]::new));
    }

    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
