package dev.plara.http;

/**
 * What a thread serving a request enters before the request's handlers run and leaves after it was answered, even
 * when a handler failed: the store's rounds, which hold a command for those of concurrent requests to join it.
 */
public interface RequestScope {

    /** No scope: nothing is entered or left. */
    RequestScope NONE = new RequestScope() {
        @Override
        public void enter() {
        }

        @Override
        public void leave() {
        }
    };

    void enter();

    void leave();
}
