package dev.plara.http.web;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

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

    @Test
    void replacesExactlyWhatThePosixControlClassMatchesAndCutsAtTheLimit() {
        var control = Pattern.compile("\\p{Cntrl}");
        var random = new Random(18);
        char[] alphabet = {'a', ' ', '\u0000', '\n', '\u001f', '\u007f', '\u0080', '\u0085', '\u009f', 'é', '\u2028',
                '\ud83d', '\ude00', '?'};
        for (int n = 0; n < 2_000; n++) {
            var text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            int max = random.nextInt(45);
            var clean = control.matcher(text).replaceAll("?");
            var expected = clean.length() <= max ? clean : clean.substring(0, max) + "...";
            assertThat(SafeText.clip(text.toString(), max)).as("clip(%s, %d)", text, max).isEqualTo(expected);
        }
    }
}
