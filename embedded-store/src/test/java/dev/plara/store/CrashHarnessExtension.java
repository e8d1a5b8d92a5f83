package dev.plara.store;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * Gives a test a {@link CrashHarness} parameter on a directory of its own, closed and the directory deleted once the
 * test (and its {@code @AfterEach}) is over.
 */
final class CrashHarnessExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(CrashHarnessExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CrashHarness.class;
    }

    @Override
    public CrashHarness resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Path dir;
        try {
            dir = Files.createTempDirectory("plara-store-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var harness = new CrashHarness(dir);
        AutoCloseable closeAndDelete = () -> {
            try {
                harness.close();
            } finally {
                delete(dir);
            }
        };
        context.getStore(NAMESPACE).put(parameter.getParameter(), closeAndDelete);
        return harness;
    }

    private static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
