package org.secretariat.i18n;

import java.util.Arrays;
import java.util.Objects;

/**
 * A message to show the user, not yet in any language: a bundle key and its arguments.
 * Layers below the UI and CLI return these; the edge renders them with {@link Messages}.
 */
public record Text(String key, Object... args) {

    public Text {
        Objects.requireNonNull(key, "key");
        args = args == null ? new Object[0] : args.clone();
    }

    public static Text of(String key, Object... args) {
        return new Text(key, args);
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Text t && key.equals(t.key) && Arrays.equals(args, t.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
