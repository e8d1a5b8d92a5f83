package dev.plara.polar.emulator.service;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Objects;

/** Something that happened to a resource, to announce as a webhook: its type (such as {@code order.paid}) and data. */
public record ResourceEvent(String type, ObjectNode data) {

    public ResourceEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
    }
}
