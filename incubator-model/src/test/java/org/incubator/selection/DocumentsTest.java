package org.incubator.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    assertEquals(DocumentFormat.PDF, DocumentFormat.check("%PDF-1.7 rest".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(DocumentFormat.JPEG, DocumentFormat.check(startingWith(100, 0xFF, 0xD8, 0xFF, 0xE0)));
    assertEquals(DocumentFormat.PNG, DocumentFormat.check(startingWith(100, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')));
    assertEquals("image/png", DocumentFormat.PNG.getMediaType());
  }

  @Test
  void anythingElseIsRefusedOnTheFileFieldWhateverItsName() {
    var text = assertThrows(IncubatorException.class, () -> DocumentFormat.check("PDF? no".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("file", text.getField().orElseThrow());
    assertEquals("selection.document.format", text.getMessageKey());
    assertEquals("selection.document.format", assertThrows(IncubatorException.class, () -> DocumentFormat.check(startingWith(4, 'G', 'I', 'F', '8'))).getMessageKey());
    assertEquals("selection.document.format", assertThrows(IncubatorException.class, () -> DocumentFormat.check(startingWith(2, 0xFF, 0xD8))).getMessageKey());
    assertEquals("selection.document.empty", assertThrows(IncubatorException.class, () -> DocumentFormat.check(new byte[0])).getMessageKey());
  }

  @Test
  void theSizeLimitIsFiveMegabytesIncluded() {
    assertEquals(DocumentFormat.PNG, DocumentFormat.check(startingWith(DocumentFormat.MAX_BYTES, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')));
    var tooBig = assertThrows(IncubatorException.class, () -> DocumentFormat.check(startingWith(DocumentFormat.MAX_BYTES + 1, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')));
    assertEquals("selection.document.tooBig", tooBig.getMessageKey());
  }

  @Test
  void aFileKeepsOnlyItsOwnNameWithoutFoldersOrControlCharacters() {
    assertEquals("cin.pdf", ApplicationDocument.cleanName("C:\\Users\\salma\\cin.pdf"));
    assertEquals("passwd", ApplicationDocument.cleanName("../../etc/passwd"));
    assertEquals("scan.png", ApplicationDocument.cleanName("sc\"an\n.png"));
    assertEquals("document", ApplicationDocument.cleanName("  "));
    String longName = "x".repeat(300) + ".pdf";
    assertTrue(ApplicationDocument.cleanName(longName).endsWith(".pdf"));
    assertEquals(ApplicationDocument.NAME_LENGTH, ApplicationDocument.cleanName(longName).length());
  }
}
