package dev.plara.wallet.core.domain.notification;

/** Where an outbox message stands: waiting (perhaps after failed attempts), sent, or given up on after many attempts. */
public enum OutboxStatus {
    PENDING, SENT, DEAD
}
