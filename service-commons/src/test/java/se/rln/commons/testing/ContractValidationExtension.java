package se.rln.commons.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import java.lang.annotation.Annotation;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Installs {@link ContractValidation} for every test of every module that uses this test
 * support, so that no test talks to a service without its exchanges being checked against the
 * published document: plain JUnit tests through JUnit's extension auto-detection
 * ({@code junit-platform.properties}), {@code @QuarkusTest}s through Quarkus's own callback (it
 * runs in the class loader the test's REST Assured lives in).
 */
public final class ContractValidationExtension implements BeforeEachCallback, QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!quarkusTest(context.getRequiredTestClass())) {
            Installer.install();
        }
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        Installer.install();
    }

    private static boolean quarkusTest(Class<?> test) {
        for (Class<?> c = test; c != null; c = c.getSuperclass()) {
            for (Annotation a : c.getAnnotations()) {
                if (a.annotationType().getName().startsWith("io.quarkus.test.junit.Quarkus")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Touches REST Assured only when called, in the class loader of the caller. */
    private static final class Installer {
        private static final ContractValidation FILTER = new ContractValidation();

        static synchronized void install() {
            if (!io.restassured.RestAssured.filters().contains(FILTER)) {
                io.restassured.RestAssured.filters(FILTER);
            }
        }
    }
}
