package dev.plara.app;

import dev.plara.polar.emulator.WebhookFaults;

import java.nio.file.Path;
import java.util.List;

/** Starts an {@link InProcessPlara} the emulator delivers its webhooks to, with some users signed in. */
final class WebhookReceivingPlara {

    private WebhookReceivingPlara() {
    }

    /** Starts everything, has the emulator deliver its webhooks with {@code faults}, then signs {@code users} in. */
    static InProcessPlara start(Path workingDirectory, WebhookFaults faults, List<String> users) {
        var plara = InProcessPlara.start(workingDirectory);
        plara.registerWebhookEndpoint();
        plara.emulator.setWebhookFaults(faults);
        users.forEach(plara::signIn);
        return plara;
    }
}
