package dev.plara.http.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeTextTest {

    @Test
    void controlCharactersBecomeQuestionMarksAndOtherTextStays() {
        assertThat(SafeText.clip("order o1\r\nFAKE LINE\t\u0000\u007f é ✓", 100)).isEqualTo("order o1??FAKE LINE??? é ✓");
    }

    @Test
    void longTextIsCutAtItsLimitAndMissingTextIsEmpty() {
        assertThat(SafeText.clip("abcdef", 3)).isEqualTo("abc...");
        assertThat(SafeText.clip("abc", 3)).isEqualTo("abc");
        assertThat(SafeText.clip(null, 3)).isEmpty();
    }
}
