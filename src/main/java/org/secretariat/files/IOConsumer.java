package org.secretariat.files;

import java.io.IOException;

/** A consumer that may throw {@link IOException}, such as a renderer writing to a stream. */
@FunctionalInterface
public interface IOConsumer<T> {

    void accept(T value) throws IOException;
}
