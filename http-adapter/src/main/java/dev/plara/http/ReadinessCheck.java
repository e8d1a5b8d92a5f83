package dev.plara.http;

/** One dependency the server needs to serve (the store, Polar); {@code /health/ready} asks each. */
public interface ReadinessCheck {

    String name();

    /** Whether the dependency answers now; should return within a second or two and not throw. */
    boolean ready();
}
