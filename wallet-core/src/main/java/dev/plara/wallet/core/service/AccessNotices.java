package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.AccessWords;
import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.UserGrants;
import dev.plara.wallet.core.domain.notification.Notification;
import dev.plara.wallet.core.domain.notification.NotificationKind;
import dev.plara.wallet.core.port.out.NotificationStore;

import java.time.Instant;
import java.util.stream.Collectors;

/**
 * Tells a user when access starts, changes or ends, once per version of a grant (the notification's id names the
 * grant's source and version, so a redelivered event tells nothing twice).
 */
final class AccessNotices {

    private final NotificationStore notifications;

    AccessNotices(NotificationStore notifications) {
        this.notifications = notifications;
    }

    /** {@code grant} was stored at {@code at}; {@code all} are the user's grants now, to say what stays open. */
    void changed(Grant grant, UserGrants all, Instant at) {
        notifications.add(Notification.unread("access:" + grant.source().key() + ":" + grant.version(), grant.user(),
                NotificationKind.ACCESS_CHANGED, message(grant, all, at), null, at));
    }

    static String message(Grant grant, UserGrants all, Instant at) {
        String what = AccessWords.unlocks(grant.unlocks());
        if (grant.activeAt(at)) {
            String until = grant.validUntil() != null ? " until " + AccessWords.date(grant.validUntil())
                    : grant.source().kind() == GrantSource.Kind.POLAR_SUBSCRIPTION ? " while it is paid" : " for good";
            return grant.title() + " opens " + what + until + ".";
        }
        String why = grant.status() == GrantStatus.REVOKED ? " was revoked" : " ended";
        String still = all.activeAt(at).stream().filter(other -> !other.source().equals(grant.source()))
                .map(Grant::title).distinct().collect(Collectors.joining(", "));
        return "Your access to " + what + " through " + grant.title() + why + "."
                + (still.isEmpty() ? "" : " Still open through " + still + ".");
    }
}
