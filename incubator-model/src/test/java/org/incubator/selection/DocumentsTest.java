package org.incubator.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.incubator.shared.IncubatorException;
import org.junit.jupiter.api.Test;

/** Attached files: recognised by their first bytes, never by their name, and named safely. */
class DocumentsTest {

  private static byte[] startingWith(int length, int... head) {
    byte[] content = new byte[length];
    for (int i = 0; i < head.length; i++) {
      content[i] = (byte) head[i];
    }
    return content;
  }

  @Test
  void pdfJpegAndPngAreRecognisedByTheirContent() {
    assertEquals(
        DocumentFormat.PDF,
        DocumentFormat.check("%PDF-1.7 rest".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(
        DocumentFormat.JPEG, DocumentFormat.check(startingWith(100, 0xFF, 0xD8, 0xFF, 0xE0)));
    assertEquals(
        DocumentFormat.PNG,
        DocumentFormat.check(startingWith(100, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')));
    assertEquals("image/png", DocumentFormat.PNG.getMediaType());
  }

  @Test
  void anythingElseIsRefusedOnTheFileFieldWhateverItsName() {
    var text =
        assertThrows(
            IncubatorException.class,
            () -> DocumentFormat.check("PDF? no".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("file", text.getField().orElseThrow());
    assertEquals("selection.document.format", text.getMessageKey());
    assertEquals(
        "selection.document.format",
        assertThrows(
                IncubatorException.class,
                () -> DocumentFormat.check(startingWith(4, 'G', 'I', 'F', '8')))
            .getMessageKey());
    assertEquals(
        "selection.document.format",
        assertThrows(
                IncubatorException.class, () -> DocumentFormat.check(startingWith(2, 0xFF, 0xD8)))
            .getMessageKey());
    assertEquals(
        "selection.document.empty",
        assertThrows(IncubatorException.class, () -> DocumentFormat.check(new byte[0]))
            .getMessageKey());
  }

  @Test
  void theSizeLimitIsFiveMegabytesIncluded() {
    assertEquals(
        DocumentFormat.PNG,
        DocumentFormat.check(
            startingWith(DocumentFormat.MAX_BYTES, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')));
    var tooBig =
        assertThrows(
            IncubatorException.class,
            () ->
                DocumentFormat.check(
                    startingWith(
                        DocumentFormat.MAX_BYTES + 1,
                        0x89,
                        'P',
                        'N',
                        'G',
                        '\r',
                        '\n',
                        0x1A,
                        '\n')));
    assertEquals("selection.document.tooBig", tooBig.getMessageKey());
  }

  @Test
  void aFileKeepsOnlyItsOwnNameWithoutFoldersOrControlCharacters() {
    assertEquals(
        "cin.pdf", ApplicationDocument.cleanName("C:\\Users\\salma\\cin.pdf", DocumentFormat.PDF));
    assertEquals(
        "passwd.pdf", ApplicationDocument.cleanName("../../etc/passwd", DocumentFormat.PDF));
    assertEquals("scan.png", ApplicationDocument.cleanName("sc\"an\n.png", DocumentFormat.PNG));
    assertEquals("document.pdf", ApplicationDocument.cleanName("  ", DocumentFormat.PDF));
    assertEquals("document.jpg", ApplicationDocument.cleanName(null, DocumentFormat.JPEG));
    assertEquals("document.png", ApplicationDocument.cleanName("\u202E.png", DocumentFormat.PNG));
  }

  @Test
  void aFileIsNamedWithTheExtensionOfWhatItIsNotOfWhatItClaims() {
    assertEquals("cv.pdf", ApplicationDocument.cleanName("cv.hta", DocumentFormat.PDF));
    assertEquals("photo.jpg", ApplicationDocument.cleanName("photo.jpeg", DocumentFormat.JPEG));
    assertEquals("scan.pdf", ApplicationDocument.cleanName("scan.PDF", DocumentFormat.PDF));
    assertEquals("photo.png", ApplicationDocument.cleanName("photo", DocumentFormat.PNG));
    assertEquals(
        "cv.pdf",
        ApplicationDocument.cleanName("cv.pdf. . ", DocumentFormat.PDF),
        "Windows drops trailing dots and spaces");
    assertEquals(
        "ma carte d'identité.jpg",
        ApplicationDocument.cleanName("ma carte d'identité.png", DocumentFormat.JPEG));
  }

  @Test
  void bidiAndInvisibleCharactersCannotDisguiseTheExtension() {
    String disguised = ApplicationDocument.cleanName("invoice\u202Efdp.exe", DocumentFormat.PDF);
    assertEquals("invoicefdp.pdf", disguised);
    assertFalse(disguised.contains("\u202E"));
    assertEquals("cv.pdf", ApplicationDocument.cleanName("\u2066cv\u2069.pdf", DocumentFormat.PDF));
    assertEquals(
        "cv.pdf",
        ApplicationDocument.cleanName(
            "\u202Acv\u202B\u202C\u202D.p\u200Edf\u200F", DocumentFormat.PDF));
    assertEquals(
        "cv.pdf",
        ApplicationDocument.cleanName(
            "\u061Ccv\u2067\u2068\u200B\uFEFF\u0085\u007F.pdf", DocumentFormat.PDF));
  }

  @Test
  void arabicNamesAreKept() {
    assertEquals("بطاقة.pdf", ApplicationDocument.cleanName("بطاقة.pdf", DocumentFormat.PDF));
    assertEquals(
        "بطاقة التعريف الوطنية.jpg",
        ApplicationDocument.cleanName("بطاقة التعريف الوطنية.jpg", DocumentFormat.JPEG));
  }

  @Test
  void aLongNameIsCutButKeepsItsExtension() {
    String longName = "x".repeat(300) + ".pdf";
    assertTrue(ApplicationDocument.cleanName(longName, DocumentFormat.PDF).endsWith(".pdf"));
    assertEquals(
        ApplicationDocument.NAME_LENGTH,
        ApplicationDocument.cleanName(longName, DocumentFormat.PDF).length());
    String claimingExe =
        ApplicationDocument.cleanName("y".repeat(300) + ".exe", DocumentFormat.PNG);
    assertEquals("y".repeat(ApplicationDocument.NAME_LENGTH - 4) + ".png", claimingExe);
    String emoji =
        ApplicationDocument.cleanName(
            "a" + "\uD83D\uDCC4".repeat(200) + ".pdf", DocumentFormat.PDF);
    assertTrue(emoji.endsWith(".pdf"));
    assertTrue(emoji.length() <= ApplicationDocument.NAME_LENGTH);
    assertTrue(
        emoji.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE),
        "a character is not cut in half");
  }
}
