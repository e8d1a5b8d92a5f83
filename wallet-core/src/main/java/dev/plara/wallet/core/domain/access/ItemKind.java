package dev.plara.wallet.core.domain.access;

/** What kind of content a catalog item is. */
public enum ItemKind {
    VIDEO, PHOTO, SUBSCRIPTION_PLAN
}
