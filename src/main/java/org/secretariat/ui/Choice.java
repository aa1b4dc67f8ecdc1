package org.secretariat.ui;

/** An item of a drop-down: the value (null for "all") and what the user reads. */
public record Choice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
