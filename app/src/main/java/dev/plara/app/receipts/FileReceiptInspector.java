package dev.plara.app.receipts;

import dev.plara.wallet.core.domain.deposit.Receipt;
import dev.plara.wallet.core.domain.deposit.ReceiptFormat;
import dev.plara.wallet.core.domain.deposit.ReceiptUpload;
import dev.plara.wallet.core.port.out.ReceiptInspector.InspectionResult;
import dev.plara.wallet.core.port.out.ReceiptInspector;

import java.util.Optional;

/**
 * The receipt inspector on the file's bytes: whole PNG, JPEG and WebP files walked to their end, PDFs read with
 * Apache PDFBox for active content, and the declared media type held against what the bytes are.
 */
public final class FileReceiptInspector implements ReceiptInspector {

    @Override
    public InspectionResult inspect(ReceiptUpload upload) {
        var content = upload.content();
        if (content.length == 0) {
            return new InspectionResult.Refused("the receipt file is empty");
        }
        if (content.length > Receipt.MAX_BYTES) {
            return new InspectionResult.Refused("the receipt is larger than 5 MiB");
        }
        var sniffed = ReceiptFileType.sniff(content);
        if (sniffed.isEmpty()) {
            return new InspectionResult.Refused("the receipt must be a whole PNG, JPEG, WebP or PDF file, with nothing"
                    + " after its end");
        }
        var active = sniffed.get() == ReceiptFormat.PDF ? PdfActiveContent.find(content) : Optional.<String>empty();
        if (active.isPresent()) {
            return new InspectionResult.Refused("the PDF holds active content (" + active.get() + "); send a plain PDF"
                    + " or a screenshot of the transfer");
        }
        var declared = upload.declaredMediaType() == null ? null : upload.declaredMediaType().split(";")[0].strip();
        if (declared != null && ReceiptFormat.ofMediaType(declared).filter(type -> type != sniffed.get()).isPresent()) {
            return new InspectionResult.Refused("the file is " + sniffed.get().mediaType() + " but was sent as "
                    + declared);
        }
        return new InspectionResult.Accepted(new Receipt(content, sniffed.get()));
    }
}
