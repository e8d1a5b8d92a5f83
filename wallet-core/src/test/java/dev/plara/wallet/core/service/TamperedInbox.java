package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.webhook.InboundDelivery;
import dev.plara.wallet.core.domain.webhook.InboxStatus;
import dev.plara.wallet.core.port.out.WebhookInbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An inbox that passes everything through; tests override a method to make it fail the way a lost store would. */
class TamperedInbox implements WebhookInbox {

    private final WebhookInbox honest;

    TamperedInbox(WebhookInbox honest) {
        this.honest = honest;
    }

    @Override
    public Optional<InboundDelivery> record(InboundDelivery handled) {
        return honest.record(handled);
    }

    @Override
    public Optional<InboundDelivery> find(String id) {
        return honest.find(id);
    }

    @Override
    public void markDone(String id, InboxStatus status, String outcome) {
        honest.markDone(id, status, outcome);
    }

    @Override
    public void markFailed(String id, String error, Instant nextAttemptAt) {
        honest.markFailed(id, error, nextAttemptAt);
    }

    @Override
    public List<InboundDelivery> due(Instant now, int limit) {
        return honest.due(now, limit);
    }

    @Override
    public Page<InboundDelivery> list(InboxStatus status, PageRequest page) {
        return honest.list(status, page);
    }
}
