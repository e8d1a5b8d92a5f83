package dev.plara.app;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.simple.SimpleServiceProvider;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The server's logging backend, slow to start (as on a loaded machine): a test names it with {@code -Dslf4j.provider}
 * so that any thread logging while another one starts logging meets it still starting.
 */
public final class SlowLoggingStart implements SLF4JServiceProvider {

    private static final long START_MILLIS = 1_500;

    private final SimpleServiceProvider simple = new SimpleServiceProvider();

    @Override
    public void initialize() {
        try {
            Thread.sleep(START_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        simple.initialize();
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return simple.getLoggerFactory();
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return simple.getMarkerFactory();
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return simple.getMDCAdapter();
    }

    @Override
    public String getRequestedApiVersion() {
        return simple.getRequestedApiVersion();
    }
}
