package dev.plara.polar.setup;

import dev.plara.polar.client.PolarApiException;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.model.PolarOrganization;

import java.util.List;
import java.util.stream.Collectors;

/** The token and its organization: the one {@code POLAR_ORGANIZATION_ID} names, or else the token's only one. */
final class OrganizationStep {

    private static final String VARIABLE = "POLAR_ORGANIZATION_ID";

    private final PolarClient client;

    OrganizationStep(PolarClient client) {
        this.client = client;
    }

    /** Whether the token works and reaches the organization, so that the other steps can go on. */
    boolean check(SetupTarget target, SetupLog log) {
        List<PolarOrganization> reached;
        try {
            reached = client.organizations().list();
        } catch (PolarApiException e) {
            log.callFailed("list its organization", "organizations:read", e);
            return false;
        }
        var wanted = target.organizationId();
        var chosen = reached.stream().filter(organization -> wanted.map(organization.id()::equals).orElse(true))
                .toList();
        if (chosen.size() == 1) {
            log.environment(VARIABLE, chosen.get(0).id());
            return true;
        }
        if (wanted.isPresent()) {
            log.problem(VARIABLE, "the token belongs to " + describe(reached) + ", not to organization "
                    + wanted.get(), "set " + VARIABLE + " to the token's organization, or use a token of organization "
                    + wanted.get());
        } else {
            log.problem(VARIABLE, "the token reaches " + describe(reached), "set " + VARIABLE
                    + " to the organization Plara sells for");
        }
        return false;
    }

    private static String describe(List<PolarOrganization> organizations) {
        if (organizations.isEmpty()) {
            return "no organization";
        }
        return organizations.stream().map(organization -> "organization " + organization.id() + " ("
                + organization.name() + ")").collect(Collectors.joining(", "));
    }
}
