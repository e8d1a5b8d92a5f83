package dev.plara.app.receipts;

import dev.plara.wallet.core.domain.deposit.ReceiptFormat;
import dev.plara.wallet.core.domain.deposit.ReceiptUpload;
import dev.plara.wallet.core.port.out.ReceiptInspector.InspectionResult;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real PDFs, written by Apache PDFBox, each carrying one kind of active content where a reader finds it: the catalog's
 * opening action, a page's additional actions, the names tree, an embedded file, a link that launches a program. A
 * PDF whose only actions go to one of its pages or wait for a click on a web link is a plain receipt.
 */
class PdfActiveContentTest {

    private final FileReceiptInspector inspector = new FileReceiptInspector();

    @Test
    void aPlainOnePageReceiptWithTextIsAccepted() throws IOException {
        var result = inspect(pdf((document, page) -> { }));

        assertThat(result).isInstanceOfSatisfying(InspectionResult.Accepted.class,
                accepted -> assertThat(accepted.receipt().type()).isEqualTo(ReceiptFormat.PDF));
    }

    @Test
    void javaScriptRunOnOpeningIsRefused() throws IOException {
        var result = inspect(pdf((document, page) -> document.getDocumentCatalog()
                .setOpenAction(new PDActionJavaScript("app.alert('paid')"))));

        assertRefused(result, "JavaScript on opening");
    }

    @Test
    void aWebPageOpenedOnOpeningIsRefused() throws IOException {
        var result = inspect(pdf((document, page) -> document.getDocumentCatalog().setOpenAction(uri())));

        assertRefused(result, "URI on opening");
    }

    @Test
    void actionsAPageRunsWhenItOpensAreRefusedWhateverTheyDo() throws IOException {
        var script = inspect(pdf((document, page) -> page.setActions(onOpen(new PDActionJavaScript("app.alert(2)")))));
        var webPage = inspect(pdf((document, page) -> page.setActions(onOpen(uri()))));

        assertRefused(script, "actions on opening or closing a page");
        assertRefused(webPage, "actions on opening or closing a page");
    }

    @Test
    void javaScriptInTheNamesTreeIsRefused() throws IOException {
        var result = inspect(pdf((document, page) -> {
            var scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("init", new PDActionJavaScript("app.alert(3)")));
            var names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setJavascript(scripts);
            document.getDocumentCatalog().setNames(names);
        }));

        assertRefused(result, "document-level JavaScript");
    }

    @Test
    void anEmbeddedFileIsRefused() throws IOException {
        var result = inspect(pdf((document, page) -> {
            var file = new PDComplexFileSpecification();
            file.setFile("invoice.exe");
            file.setEmbeddedFile(new PDEmbeddedFile(document, new ByteArrayInputStream(new byte[] {'M', 'Z'})));
            var files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("invoice.exe", file));
            var names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
        }));

        assertRefused(result, "embedded files");
    }

    @Test
    void aLinkThatLaunchesAProgramIsRefused() throws IOException {
        var launch = new PDActionLaunch();
        launch.setFile(new PDSimpleFileSpecification());
        launch.getFile().setFile("calc.exe");

        var result = inspect(pdf((document, page) -> page.getAnnotations().add(link(launch))));

        assertRefused(result, "Launch on a click");
    }

    @Test
    void goingToAPageOnOpeningAndALinkToAWebPageAreHarmless() throws IOException {
        var result = inspect(pdf((document, page) -> {
            var goTo = new PDActionGoTo();
            var destination = new PDPageFitDestination();
            destination.setPage(page);
            goTo.setDestination(destination);
            document.getDocumentCatalog().setOpenAction(goTo);
            page.getAnnotations().add(link(uri()));
        }));

        assertThat(result).isInstanceOf(InspectionResult.Accepted.class);
    }

    private InspectionResult inspect(byte[] pdf) {
        return inspector.inspect(new ReceiptUpload(pdf, "application/pdf"));
    }

    private static void assertRefused(InspectionResult result, String what) {
        assertThat(result).isEqualTo(new InspectionResult.Refused("the PDF holds active content (" + what
                + "); send a plain PDF or a screenshot of the transfer"));
    }

    /** How a test makes its PDF hostile (or leaves it plain). */
    private interface Addition {
        void add(PDDocument document, PDPage page) throws IOException;
    }

    /** A one-page transfer receipt with a line of text, and {@code addition}, as PDFBox saves it. */
    private static byte[] pdf(Addition addition) throws IOException {
        try (var document = new PDDocument()) {
            var page = new PDPage(PDRectangle.A6);
            document.addPage(page);
            try (var text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                text.newLineAtOffset(20, 200);
                text.showText("Transfer FT0001: 40.00 USD to Plara");
                text.endText();
            }
            addition.add(document, page);
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static PDPageAdditionalActions onOpen(PDAction action) {
        var actions = new PDPageAdditionalActions();
        actions.setO(action);
        return actions;
    }

    private static PDActionURI uri() {
        var uri = new PDActionURI();
        uri.setURI("https://bank.example/receipts/FT0001");
        return uri;
    }

    private static PDAnnotationLink link(PDAction action) {
        var link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(20, 20, 100, 20));
        link.setAction(action);
        return link;
    }
}
