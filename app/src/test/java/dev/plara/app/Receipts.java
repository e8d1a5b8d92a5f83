package dev.plara.app;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Receipt files a user uploads in the browser tests: a small PNG "screenshot" and a one-page PDF. */
final class Receipts {

    private Receipts() {
    }

    /** A 240x160 PNG that looks like a bank app's confirmation: a header band and a few lines. */
    static Path png(Path dir) {
        var image = new BufferedImage(240, 160, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 240, 160);
        graphics.setColor(new Color(0x2446b8));
        graphics.fillRect(0, 0, 240, 36);
        graphics.setColor(new Color(0x8a94a3));
        for (int line = 0; line < 5; line++) {
            graphics.fillRect(16, 52 + line * 20, 120 + (line * 37) % 90, 8);
        }
        graphics.dispose();
        var file = dir.resolve("transfer-receipt.png");
        try {
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** A minimal one-page PDF. */
    static Path pdf(Path dir) {
        var pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 120]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        try {
            return Files.writeString(dir.resolve("bank-statement.pdf"), pdf, StandardCharsets.US_ASCII);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
