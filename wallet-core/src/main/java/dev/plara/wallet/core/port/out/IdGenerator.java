package dev.plara.wallet.core.port.out;

/**
 * The source of new ids, injected so the domain never reads a random source itself.
 *
 * <p>Contract: every id is new (never returned before, also to callers on other threads), 1-64 characters of
 * letters, digits, '-' and '_'.
 */
@FunctionalInterface
public interface IdGenerator {

    String newId();
}
