package org.secretariat.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The one way to talk to the user outside a screen: errors as a sentence that says what happened
 * and what to do (never a stack trace), confirmations, and file choices. Tests supply their own.
 */
public interface DialogService {

    /** Shows an error; {@code error}'s own message is used only if it is meant for users. */
    void showError(String title, Throwable error);

    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    /**
     * A confirmation of something hard to undo: the act is {@code confirmLabel}, and the default
     * button (Enter) is {@code cancelLabel}.
     */
    boolean confirmCarefully(String title, String message, String confirmLabel, String cancelLabel);

    /** A file to open; {@code extensions} like "*.xlsx". */
    Optional<Path> chooseOpenFile(String title, String description, String... extensions);

    /** A folder to write into. */
    Optional<Path> chooseDirectory(String title);

    /** A password typed once (to open data or a backup); {@code problem} is shown above the field if not null. */
    Optional<char[]> askPassword(String title, String message, String problem);

    /**
     * A new password typed twice; the user must also tick that {@code warning} (a forgotten password
     * loses the data) is understood before OK is enabled.
     */
    Optional<char[]> askNewPassword(String title, String warning);

    /**
     * A line of text the user types ({@code question} above the field, {@code initial} in it);
     * empty if cancelled or left blank. Buttons and title in the app's language.
     */
    Optional<String> askText(String title, String question, String initial);

    /** A file to save, suggesting {@code suggestedName}. */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String... extensions);

    /**
     * Typed work would be lost: 保存 / 不保存 / 取消, with 保存 the default (Enter) and Esc or the
     * window's close box meaning 取消.
     */
    LeaveGuard.Choice askUnsaved(String title, String message);
}
