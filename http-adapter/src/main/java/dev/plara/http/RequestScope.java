package dev.plara.http;

/**
 * What a thread serving a request enters before the request's handlers run and leaves after it was answered, even
 * when a handler failed: the store's rounds, which hold a command for those of concurrent requests to join it.
 */
public interface RequestScope {

    /** No scope: nothing is entered or left. */
    RequestScope NONE = of(() -> { }, () -> { });

    /** A scope that runs {@code enter} and {@code leave}. */
    static RequestScope of(Runnable enter, Runnable leave) {
        return new RequestScope() {
            @Override
            public void enter() {
                enter.run();
            }

            @Override
            public void leave() {
                leave.run();
            }
        };
    }

    void enter();

    void leave();
}
