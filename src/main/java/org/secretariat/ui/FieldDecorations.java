package org.secretariat.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Errors shown beside a field with ControlsFX's {@link ValidationSupport}: an icon on the field's
 * corner with the message as its tooltip, drawn over the layout so nothing below the field moves.
 * The message itself comes from the view model (which asks the service that holds the rule); this
 * class only shows it.
 */
public final class FieldDecorations {

    private FieldDecorations() {
    }

    /** A validation support whose tooltips wrap (a Chinese explanation is long) instead of running off the window. */
    public static ValidationSupport support() {
        ValidationSupport support = new ValidationSupport();
        support.setValidationDecorator(new org.controlsfx.validation.decoration.GraphicValidationDecoration() {
            @Override
            protected javafx.scene.control.Tooltip createTooltip(org.controlsfx.validation.ValidationMessage m) {
                javafx.scene.control.Tooltip tip = super.createTooltip(m);
                tip.setWrapText(true);
                tip.setMaxWidth(460);
                tip.setShowDelay(javafx.util.Duration.millis(200));
                return tip;
            }
        });
        return support;
    }

    /** Shows {@code message} beside {@code field} whenever it is not empty. */
    public static void show(ValidationSupport support, Control field, ObservableStringValue message) {
        support.registerValidator(field, false, (Control c, Object value) -> {
            String m = message.get();
            return ValidationResult.fromErrorIf(c, m == null ? "" : m, m != null && !m.isEmpty());
        });
        message.addListener((o, a, b) -> support.revalidate(field));
    }

    /** The message decorating {@code field} now, or empty (for tests and the save button's refusal). */
    public static String messageOf(ValidationSupport support, Control field) {
        return support.getHighestMessage(field).map(m -> m.getText()).orElse("");
    }
}
