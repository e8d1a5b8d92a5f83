package dev.plara.app;

import dev.plara.app.wiring.PlaraApplication;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The start that trains the server's class-data archive ({@link Launcher}): the demo started, asked {@code /health}
 * once as a first client would, then closed, so that the archive holds what a start and its first answer load and not
 * whatever a long run loaded too (a first page or webhook loads the rest from the jar).
 */
final class TrainingStart {

    private TrainingStart() {
    }

    /** Asks {@code app} for {@code /health}, closes it; the exit code, 0 once it answered 200. */
    static int answerOnceAndClose(PlaraApplication app) {
        try (app) {
            var health = HttpRequest.newBuilder(app.localUrl().resolve("/health")).build();
            return HttpClient.newHttpClient().send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                    ? 0 : 1;
        } catch (IOException unanswered) {
            return 1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
