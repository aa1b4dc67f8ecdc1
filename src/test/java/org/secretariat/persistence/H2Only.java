package org.secretariat.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test of what only the data folder's H2 file has (BACKUP TO, file encryption, the folder lock,
 * crash and full-disk behaviour of the file): skipped, by an assumption, when {@code TestWorkspace}
 * opens its workspaces on PostgreSQL ({@code -Dsecretariat.test.postgresql=…}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(H2Only.Condition.class)
public @interface H2Only {

    /** What of H2's the test is about. */
    String value();

    /** Skips each test of an {@link H2Only} class when the workspaces are on PostgreSQL. */
    final class Condition implements BeforeEachCallback {
        @Override
        public void beforeEach(ExtensionContext context) {
            String why = context.getRequiredTestClass().getAnnotation(H2Only.class).value();
            Assumptions.assumeFalse(PostgresqlTestServer.configured(), "H2 only (" + why + ")");
        }
    }
}
