package dev.plara.wallet.core.domain.deposit;

import java.util.Arrays;
import java.util.Optional;

/** The file formats a transfer receipt may be, with the media type each is served as. */
public enum ReceiptFormat {
    PNG("image/png"), JPEG("image/jpeg"), WEBP("image/webp"), PDF("application/pdf");

    private final String mediaType;

    ReceiptFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ReceiptFormat> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equalsIgnoreCase(mediaType)).findFirst();
    }
}
