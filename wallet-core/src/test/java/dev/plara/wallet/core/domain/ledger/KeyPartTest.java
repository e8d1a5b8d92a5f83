package dev.plara.wallet.core.domain.ledger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyPartTest {

    @Test
    void separatorsSpacesAndControlsBecomeTheirUtf8BytesInUpperCaseHex() {
        var id = "a:b/c#d%e f\u00e9\u2028\u0001\u00a0";
        assertThat(KeyPart.escape(id)).isEqualTo("a%3Ab%2Fc%23d%25e%20f\u00e9%E2%80%A8%01%C2%A0");
        assertThat(KeyPart.unescape(KeyPart.escape(id))).isEqualTo(id);
        assertThat(IdempotencyKey.polarOrder(id).polarOrderId()).contains(id);
    }

    @Test
    void idsWithoutThemAreKeptAsTheyAre() {
        assertThat(KeyPart.escape("8f0e6c1a-4f3e-4e57-9a55-2f1d0e8b7c6a")).isEqualTo("8f0e6c1a-4f3e-4e57-9a55-2f1d0e8b7c6a");
    }
}
