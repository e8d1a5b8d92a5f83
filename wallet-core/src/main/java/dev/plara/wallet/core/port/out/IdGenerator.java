package dev.plara.wallet.core.port.out;

/**
 * The source of new ids, injected so the domain never reads a random source itself.
 *
 * <p>Contract: every id is new (never returned before), 1-64 characters of letters, digits, '-' and '_'.
 */
@FunctionalInterface
public interface IdGenerator {

    String newId();
}
