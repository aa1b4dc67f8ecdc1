package org.secretariat.ui;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.secretariat.exchange.CellText;

/** Date pickers that show 2023-05-01 and accept what users type: 2023/5/1, 2023年5月1日, 20230501. */
public final class DateFields {

    private DateFields() {
    }

    public static void install(DatePicker picker) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                return CellText.parseDate(text).orElse(null);
            }
        });
        // commit what was typed when the field loses focus, not only on Enter
        picker.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                String typed = picker.getEditor().getText();
                picker.setValue(typed == null || typed.isBlank() ? null : CellText.parseDate(typed).orElse(picker.getValue()));
            }
        });
    }
}
