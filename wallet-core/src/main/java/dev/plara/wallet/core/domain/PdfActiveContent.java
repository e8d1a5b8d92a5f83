package dev.plara.wallet.core.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Finds active content in a PDF: the names that make a reader run JavaScript, launch programs, submit forms or carry
 * embedded files. Such names can only appear in dictionaries, which live in the file's text or inside object streams,
 * so both are read: names with their {@code #xx} escapes decoded, object streams inflated (within a budget). An object
 * stream that cannot be read counts as active content, since it could hide anything.
 */
final class PdfActiveContent {

    private static final Set<String> ACTIVE = Set.of("JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles",
            "RichMedia", "XFA", "SubmitForm", "ImportData");
    private static final Pattern STREAM = Pattern.compile(">>\\s*stream(\r\n|\n|\r)");
    private static final Pattern LENGTH = Pattern.compile("/Length\\s+(\\d++)(?!\\s+\\d+\\s+R)");
    private static final String DELIMITERS = "()<>[]{}/%";
    private static final int INFLATED_BUDGET = 16 * 1024 * 1024;

    private PdfActiveContent() {
    }

    /** The first active name found (such as {@code JavaScript}), or why the file could not be read. */
    static Optional<String> find(byte[] pdf) {
        var text = new String(pdf, StandardCharsets.ISO_8859_1);
        var outsideStreams = new StringBuilder();
        int budget = INFLATED_BUDGET;
        int from = 0;
        var stream = STREAM.matcher(text);
        while (stream.find(from)) {
            int dataStart = stream.end();
            var dictionary = text.substring(Math.max(text.lastIndexOf("obj", stream.start()), from), stream.start());
            int dataEnd = text.indexOf("endstream", dataStart + directLength(dictionary, text.length() - dataStart));
            if (dataEnd < 0) {
                return Optional.of("an unterminated stream");
            }
            outsideStreams.append(text, from, stream.start() + 2);
            var names = namesIn(dictionary);
            if (names.contains("ObjStm") && names.contains("Filter")) {
                var inflated = inflate(pdf, dataStart, dataEnd, budget);
                if (inflated.isEmpty()) {
                    return Optional.of("an object stream that cannot be read");
                }
                budget -= inflated.get().length();
                var hidden = firstActive(inflated.get());
                if (hidden.isPresent()) {
                    return hidden;
                }
            }
            from = dataEnd + "endstream".length();
        }
        outsideStreams.append(text, from, text.length());
        return firstActive(outsideStreams.toString());
    }

    /** The stream's {@code /Length} when the dictionary gives it as a number that fits, else 0. */
    private static int directLength(String dictionary, int available) {
        var length = LENGTH.matcher(dictionary);
        if (length.find() && length.group(1).length() < 10) {
            int value = Integer.parseInt(length.group(1));
            return value <= available ? value : 0;
        }
        return 0;
    }

    private static Optional<String> firstActive(String text) {
        return namesIn(text).stream().filter(ACTIVE::contains).findFirst();
    }

    /** The names ({@code /Name}) in {@code text}, escapes decoded, without their slash. */
    private static Set<String> namesIn(String text) {
        var names = new LinkedHashSet<String>();
        for (int at = text.indexOf('/'); at >= 0; at = text.indexOf('/', at + 1)) {
            var name = new StringBuilder();
            int end = at + 1;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))
                    && DELIMITERS.indexOf(text.charAt(end)) < 0) {
                name.append(text.charAt(end++));
            }
            names.add(decode(name.toString()));
        }
        return names;
    }

    private static String decode(String name) {
        var decoded = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '#' && i + 2 < name.length() && isHex(name.charAt(i + 1)) && isHex(name.charAt(i + 2))) {
                decoded.append((char) Integer.parseInt(name.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                decoded.append(c);
            }
        }
        return decoded.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** The zlib data in {@code pdf[from, to)} inflated, if it is zlib data and inflates within {@code budget} bytes. */
    private static Optional<String> inflate(byte[] pdf, int from, int to, int budget) {
        var inflater = new Inflater();
        try {
            inflater.setInput(pdf, from, to - from);
            var out = new ByteArrayOutputStream();
            var buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary()) || out.size() + n > budget) {
                    return Optional.empty();
                }
                out.write(buffer, 0, n);
            }
            return Optional.of(out.toString(StandardCharsets.ISO_8859_1));
        } catch (DataFormatException notZlib) {
            return Optional.empty();
        } finally {
            inflater.end();
        }
    }
}
