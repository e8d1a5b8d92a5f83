package dev.plara.polar.emulator;

import dev.plara.polar.emulator.api.ApiRequest;
import dev.plara.polar.emulator.api.ApiResponse;
import dev.plara.polar.emulator.http.JsonBodies;

/** {@code POST /_emulator/subscriptions/{id}/<action>}: the {@link SubscriptionControls} call each action names. */
final class SubscriptionActions {

    private final SubscriptionControls subscriptions;

    SubscriptionActions(SubscriptionControls subscriptions) {
        this.subscriptions = subscriptions;
    }

    ApiResponse handle(ApiRequest request) {
        String id = request.path("id");
        return ApiResponse.ok(switch (request.path("action")) {
            case "renew" -> subscriptions.renew(id);
            case "fail-renewal" -> subscriptions.failRenewal(id);
            case "recover" -> subscriptions.recover(id);
            case "unpaid" -> subscriptions.markUnpaid(id);
            case "cancel" -> subscriptions.cancel(id);
            case "uncancel" -> subscriptions.uncancel(id);
            case "revoke" -> subscriptions.revoke(id);
            case "pause" -> subscriptions.pause(id);
            case "resume" -> subscriptions.resume(id);
            case "change-plan" -> subscriptions.changePlan(id, request.json().path("product_id").asText(),
                    JsonBodies.text(request.json().path("proration_behavior")));
            default -> throw ControlRoutes.unknown(request);
        });
    }
}
