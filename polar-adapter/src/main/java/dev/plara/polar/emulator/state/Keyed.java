package dev.plara.polar.emulator.state;

/** A stored emulator object, found by its id. */
public interface Keyed {

    String id();
}
