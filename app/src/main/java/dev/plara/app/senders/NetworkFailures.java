package dev.plara.app.senders;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;

/** Why a call to another service failed on the way, in words: the JDK often says it with a class and no message. */
final class NetworkFailures {

    private NetworkFailures() {
    }

    static String describe(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return "the connection was refused";
            }
            if (cause instanceof HttpTimeoutException) {
                return "it did not answer in time";
            }
            if (cause instanceof UnknownHostException) {
                return "its host name is unknown";
            }
            if (cause instanceof SSLException) {
                return "the secure connection failed";
            }
        }
        return "the connection failed";
    }
}
