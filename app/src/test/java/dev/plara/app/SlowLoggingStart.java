package dev.plara.app;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.simple.SimpleServiceProvider;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The server's logging backend, slow to start (as on a loaded machine): a test names it with {@code -Dslf4j.provider}
 * so that any thread logging while another one starts logging meets it still starting; it prints which thread started
 * it, from which of Plara's methods, so that a test sees that without depending on which thread won a race.
 */
public final class SlowLoggingStart implements SLF4JServiceProvider {

    /** What it prints as it starts, followed by the thread's name, " from " and Plara's method that started it. */
    static final String STARTED_ON = "logging started on thread ";

    private static final long START_MILLIS = 1_500;

    private final SimpleServiceProvider simple = new SimpleServiceProvider();

    @Override
    public void initialize() {
        System.err.println(STARTED_ON + Thread.currentThread().getName() + " from " + plarasCaller());
        try {
            Thread.sleep(START_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        simple.initialize();
    }

    private static String plarasCaller() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(frame -> frame.getClassName().startsWith("dev.plara.")
                        && !frame.getClassName().equals(SlowLoggingStart.class.getName()))
                .map(frame -> frame.getClassName() + "." + frame.getMethodName())
                .findFirst().orElse("outside Plara"));
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
