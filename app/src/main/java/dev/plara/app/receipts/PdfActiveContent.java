package dev.plara.app.receipts;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFObjectStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Finds active content in a PDF with Apache PDFBox, reading the document as a reader would: the catalog's
 * {@code /OpenAction} and additional actions ({@code /AA}), the names tree's JavaScript and embedded files, XFA forms,
 * and every page's additional actions and annotations (their actions, additional actions, attached files and rich
 * media). An action a reader runs by itself (on opening, on a page, on a field event) is active whatever it does;
 * an action a reader runs on a click is active when it runs a script, launches a program, submits or imports data.
 * A file PDFBox cannot read counts as active content too, since it could hide anything.
 */
final class PdfActiveContent {

    private static final Set<String> ACTIVE_ON_CLICK = Set.of("JavaScript", "Launch", "SubmitForm", "ImportData",
            "RichMediaExecute", "GoToE");
    private static final Set<String> ACTIVE_ANNOTATIONS = Set.of("FileAttachment", "RichMedia", "Movie", "Sound",
            "Screen", "3D");

    private PdfActiveContent() {
    }

    /** What active content the PDF holds (such as {@code JavaScript on opening}), or why it could not be read. */
    static Optional<String> find(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.isEncrypted()) {
                return Optional.of("encryption");
            }
            return unreadableObjectStream(document).or(() -> inCatalog(document.getDocumentCatalog()))
                    .or(() -> inPages(document));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.of("a structure that cannot be read");
        }
    }

    /** An object stream that does not parse could hide any object, an action included. */
    private static Optional<String> unreadableObjectStream(PDDocument document) {
        for (COSObject object : document.getDocument().getObjectsByType(COSName.OBJ_STM)) {
            try {
                if (object.getObject() instanceof COSStream stream) {
                    new PDFObjectStreamParser(stream, document.getDocument()).parseAllObjects();
                }
            } catch (IOException | RuntimeException unreadable) {
                return Optional.of("an object stream that cannot be read");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> inCatalog(PDDocumentCatalog catalog) {
        var root = catalog.getCOSObject();
        var opening = root.getDictionaryObject(COSName.OPEN_ACTION);
        if (opening instanceof COSDictionary action && !"GoTo".equals(kindOf(action))) {
            return Optional.of(kindOf(action) + " on opening");
        }
        if (!additionalActions(root).isEmpty()) {
            return Optional.of("actions on document events");
        }
        var names = catalog.getNames();
        if (names != null && names.getJavaScript() != null) {
            return Optional.of("document-level JavaScript");
        }
        if (names != null && names.getEmbeddedFiles() != null) {
            return Optional.of("embedded files");
        }
        var form = catalog.getAcroForm();
        if (form != null && form.hasXFA()) {
            return Optional.of("an XFA form");
        }
        return Optional.empty();
    }

    private static Optional<String> inPages(PDDocument document) {
        if (!(document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.PAGES) instanceof COSDictionary)) {
            return Optional.empty();
        }
        for (PDPage page : document.getPages()) {
            if (!additionalActions(page.getCOSObject()).isEmpty()) {
                return Optional.of("actions on opening or closing a page");
            }
            try {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    var found = inAnnotation(annotation.getCOSObject());
                    if (found.isPresent()) {
                        return found;
                    }
                }
            } catch (IOException unreadable) {
                return Optional.of("annotations that cannot be read");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> inAnnotation(COSDictionary annotation) {
        var subtype = annotation.getNameAsString(COSName.SUBTYPE);
        if (subtype != null && ACTIVE_ANNOTATIONS.contains(subtype)) {
            return Optional.of("a " + subtype + " annotation");
        }
        if (!additionalActions(annotation).isEmpty()) {
            return Optional.of("actions on a field or annotation event");
        }
        if (annotation.getDictionaryObject(COSName.A) instanceof COSDictionary action
                && ACTIVE_ON_CLICK.contains(kindOf(action))) {
            return Optional.of(kindOf(action) + " on a click");
        }
        return Optional.empty();
    }

    /** The entries of a dictionary's {@code /AA}, the actions a reader runs by itself on events. */
    private static Set<COSName> additionalActions(COSDictionary owner) {
        COSBase actions = owner.getDictionaryObject(COSName.AA);
        return actions instanceof COSDictionary dictionary ? dictionary.keySet() : Set.of();
    }

    private static String kindOf(COSDictionary action) {
        var kind = action.getNameAsString(COSName.S);
        return kind == null ? "an action" : kind;
    }
}
