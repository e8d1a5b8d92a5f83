package dev.plara.app;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * Gives each test (through its class's constructor) {@link SubscribedAtPolar#aliceWithDisorderlyWebhooks alice} on a
 * working directory of its own, closed and the directory deleted once the test is over.
 */
final class AliceSubscribed implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(AliceSubscribed.class);

    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SubscribedAtPolar.class;
    }

    @Override
    public SubscribedAtPolar resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Path workingDirectory;
        try {
            workingDirectory = Files.createTempDirectory("plara-subscribed");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var alice = SubscribedAtPolar.aliceWithDisorderlyWebhooks(workingDirectory);
        context.getStore(NAMESPACE).put(SubscribedAtPolar.class, closeThenDelete(alice, workingDirectory));
        return alice;
    }

    /**
     * Closes {@code resource}, then deletes {@code directory} and everything under it even when closing failed; a file
     * it cannot delete fails the test rather than staying behind unseen.
     */
    static AutoCloseable closeThenDelete(AutoCloseable resource, Path directory) {
        return () -> {
            try {
                resource.close();
            } finally {
                try (var files = Files.walk(directory)) {
                    for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
        };
    }
}
