package org.secretariat.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A DialogService for tests: records what would be shown and answers file choices from a queue. */
public final class RecordingDialogs implements DialogService {

    public final List<String> shown = new ArrayList<>();
    public final Deque<Path> files = new ArrayDeque<>();
    /** Answers to password questions, in order; none left means the user cancelled. */
    public final Deque<String> passwords = new ArrayDeque<>();

    @Override
    public void showError(String title, Throwable error) {
        shown.add("error: " + title + ": " + error);
    }

    @Override
    public void showError(String title, String message) {
        shown.add("error: " + title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        shown.add("info: " + title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        shown.add("confirm: " + message);
        return true;
    }

    /** What the user answers to careful confirmations. */
    public boolean carefulAnswer = true;

    @Override
    public boolean confirmCarefully(String title, String message, String confirmLabel, String cancelLabel) {
        shown.add("careful confirm [" + confirmLabel + " / default " + cancelLabel + "]: " + message);
        return carefulAnswer;
    }

    /** What the user answers when typed work would be lost. */
    public LeaveGuard.Choice unsavedAnswer = LeaveGuard.Choice.CANCEL;

    @Override
    public LeaveGuard.Choice askUnsaved(String title, String message) {
        shown.add("unsaved: " + message);
        return unsavedAnswer;
    }

    /** Answers to text questions, in order; none left means the user cancelled. */
    public final Deque<String> texts = new ArrayDeque<>();

    @Override
    public Optional<String> askText(String title, String question, String initial) {
        shown.add("ask: " + title + ": " + question);
        return Optional.ofNullable(texts.poll());
    }

    @Override
    public Optional<char[]> askPassword(String title, String message, String problem) {
        shown.add("password: " + message + (problem == null ? "" : " [" + problem + "]"));
        return Optional.ofNullable(passwords.poll()).map(String::toCharArray);
    }

    @Override
    public Optional<char[]> askNewPassword(String title, String warning) {
        shown.add("new password: " + warning);
        return Optional.ofNullable(passwords.poll()).map(String::toCharArray);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String description, String... extensions) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseDirectory(String title) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String... extensions) {
        return Optional.ofNullable(files.poll());
    }
}
