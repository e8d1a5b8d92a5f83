package dev.plara.polar.emulator.service;

import java.util.List;

/**
 * Where the emulator's services announce what happened. Contract: the events of one call are one happening, kept in
 * the order given, each wrapped in its own webhook event for every endpoint that listens to its type; publishing
 * returns at once, delivery happens later.
 */
public interface EventSink {

    void publish(List<ResourceEvent> events);
}
