package dev.plara.wallet.core.domain.notification;

/** What an in-app notification tells its user about. */
public enum NotificationKind {
    CREDIT, DEPOSIT_APPROVED, DEPOSIT_REJECTED, PURCHASE, REFUND, ORDER_FULFILLED, ACCESS_CHANGED
}
