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
 * opens its workspaces on PostgreSQL ({@code -Dsecretariat.test.postgresql=…}). On a class it skips
 * every test of it, on a method that test only.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(H2Only.Condition.class)
public @interface H2Only {

    /** What of H2's the test is about. */
    String value();

    /** Skips each test of an {@link H2Only} class, or an {@link H2Only} test, when the workspaces are on PostgreSQL. */
    final class Condition implements BeforeEachCallback {
        @Override
        public void beforeEach(ExtensionContext context) {
            H2Only on = context.getRequiredTestMethod().getAnnotation(H2Only.class);
            if (on == null) {
                on = context.getRequiredTestClass().getAnnotation(H2Only.class);
            }
            if (on != null) {
                Assumptions.assumeFalse(PostgresqlTestServer.configured(), "H2 only (" + on.value() + ")");
            }
        }
    }
}
