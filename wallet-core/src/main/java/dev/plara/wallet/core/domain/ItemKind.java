package dev.plara.wallet.core.domain;

/** What kind of content a catalog item is. */
public enum ItemKind {
    VIDEO, PHOTO, SUBSCRIPTION_PLAN
}
