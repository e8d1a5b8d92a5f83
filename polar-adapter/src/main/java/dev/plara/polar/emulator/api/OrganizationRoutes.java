package dev.plara.polar.emulator.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.json.JsonRenderer;

import java.util.List;

/** {@code /v1/organizations/}: the token's one organization, listed and by id. */
public final class OrganizationRoutes {

    private final JsonRenderer renderer;

    public OrganizationRoutes(JsonRenderer renderer) {
        this.renderer = renderer;
    }

    public void register(ApiRoutes routes) {
        routes.get("/v1/organizations/", "organizations", request -> Paging.page(List.of(renderer.organization()),
                request.query()));
        routes.get("/v1/organizations/{id}", "organizations", request -> {
            ObjectNode organization = renderer.organization();
            if (!organization.path("id").asText().equals(request.path("id"))) {
                throw ApiError.notFound();
            }
            return ApiResponse.ok(organization);
        });
    }
}
