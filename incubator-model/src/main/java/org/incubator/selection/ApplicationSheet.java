package org.incubator.selection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.incubator.applicant.DetailsProperties;
import org.incubator.shared.IncubatorException;

/**
 * A batch of paper applications as a mentor brings it: a CSV file (comma or semicolon, UTF-8) or an
 * Excel workbook (.xlsx, first sheet). The first line names the columns with the form's field names
 * ({@code cin}, {@code firstName}, …); every other non-empty line is one applicant. The reading
 * stops at the first limit passed (lines, columns, cell length, unpacked size), so a file made to
 * exhaust the server is refused before it is built.
 */
public final class ApplicationSheet {

  /**
   * One applicant's line: its number in the file (the header is line 1) and its cells by column.
   */
  public record Row(int line, Map<String, String> cells) {}

  public static final int MAX_ROWS = 10_000;

  /**
   * Four times the form's fields: room for a mentor's own columns, left without a header and
   * ignored.
   */
  public static final int MAX_COLUMNS = 100;

  /**
   * Well above the longest field (a project description of 4,000 characters), so a text a little
   * too long is refused on its own line with its field's reason; no applicant writes longer.
   */
  public static final int MAX_CELL_LENGTH = 10_000;

  /**
   * What a workbook may unpack to, all its parts together: twice the largest upload (20 MB), room
   * for the XML around each cell of a sheet that carries as much text as the largest CSV file.
   */
  public static final int MAX_UNPACKED_BYTES = 40 * 1024 * 1024;

  private ApplicationSheet() {}

  public static List<Row> read(byte[] content) {
    if (content == null || content.length == 0) {
      throw IncubatorException.onField("file", "selection.document.empty");
    }
    var lines = new Lines();
    if (isZip(content)) {
      Xlsx.read(content, lines);
    } else {
      Csv.read(new String(content, StandardCharsets.UTF_8), lines);
    }
    if (lines.header == null) {
      throw IncubatorException.onField("file", "selection.import.noHeader");
    }
    List<String> header = lines.header.stream().map(String::strip).toList();
    List<String> known = DetailsProperties.names();
    for (String column : header) {
      if (!column.isEmpty() && !known.contains(column)) {
        throw IncubatorException.onField("file", "selection.import.unknownColumn", column);
      }
    }
    if (!header.contains("cin")) {
      throw IncubatorException.onField("file", "selection.import.noHeader");
    }
    List<Row> rows = new ArrayList<>();
    for (Line line : lines.applicants) {
      Map<String, String> byColumn = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        if (!header.get(c).isEmpty()) {
          byColumn.put(header.get(c), c < line.cells().size() ? line.cells().get(c) : "");
        }
      }
      rows.add(new Row(line.number(), byColumn));
    }
    return rows;
  }

  private static boolean isZip(byte[] content) {
    return content.length > 3
        && content[0] == 'P'
        && content[1] == 'K'
        && content[2] == 3
        && content[3] == 4;
  }

  private record Line(int number, List<String> cells) {}

  /**
   * The lines as the readers find them: the first is the header; a blank line keeps its number but
   * is not kept; one applicant's line too many ends the reading.
   */
  private static final class Lines {

    private List<String> header;
    private final List<Line> applicants = new ArrayList<>();
    private int count;

    /** The number of the line being read, as a spreadsheet shows it. */
    int current() {
      return count + 1;
    }

    void add(List<String> cells) {
      count++;
      if (count == 1) {
        header = cells;
      } else if (!cells.stream().allMatch(String::isBlank)) {
        if (applicants.size() == MAX_ROWS) {
          throw IncubatorException.onField("file", "selection.import.tooManyRows", MAX_ROWS);
        }
        applicants.add(new Line(count, cells));
      }
    }

    /** Adds a cell to the line being read, unless it is one column too many or too long. */
    void addCell(List<String> line, String cell) {
      if (line.size() == MAX_COLUMNS) {
        throw tooManyColumns();
      }
      if (cell.length() > MAX_CELL_LENGTH) {
        throw cellTooLong();
      }
      line.add(cell);
    }

    IncubatorException tooManyColumns() {
      return IncubatorException.onField(
          "file", "selection.import.tooManyColumns", MAX_COLUMNS, current());
    }

    IncubatorException cellTooLong() {
      return IncubatorException.onField(
          "file", "selection.import.cellTooLong", MAX_CELL_LENGTH, current());
    }
  }

  /** RFC 4180 lines: quoted cells may hold separators, quotes (doubled) and line breaks. */
  static final class Csv {

    private Csv() {}

    static void read(String text, Lines lines) {
      String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
      char separator = separatorOf(body);
      List<String> line = new ArrayList<>();
      var cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < body.length(); i++) {
        char ch = body.charAt(i);
        if (quoted) {
          if (ch == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
            append(cell, '"', lines);
            i++;
          } else if (ch == '"') {
            quoted = false;
          } else {
            append(cell, ch, lines);
          }
        } else if (ch == '"') {
          quoted = true;
        } else if (ch == separator) {
          lines.addCell(line, cell.toString());
          cell.setLength(0);
        } else if (ch == '\n' || ch == '\r') {
          if (ch == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
            i++;
          }
          lines.addCell(line, cell.toString());
          cell.setLength(0);
          lines.add(line);
          line = new ArrayList<>();
        } else {
          append(cell, ch, lines);
        }
      }
      if (cell.length() > 0 || !line.isEmpty()) {
        lines.addCell(line, cell.toString());
        lines.add(line);
      }
    }

    private static void append(StringBuilder cell, char ch, Lines lines) {
      if (cell.length() == MAX_CELL_LENGTH) {
        throw lines.cellTooLong();
      }
      cell.append(ch);
    }

    /** The separator of the header line: a semicolon (as French Excel writes) or a comma. */
    private static char separatorOf(String body) {
      int end = body.indexOf('\n');
      String header = end < 0 ? body : body.substring(0, end);
      return header.chars().filter(c -> c == ';').count()
              >= header.chars().filter(c -> c == ',').count()
          ? ';'
          : ',';
    }
  }

  /**
   * The first sheet of an .xlsx workbook, read with the JDK's own zip and StAX (no external
   * entities).
   */
  static final class Xlsx {

    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";

    private Xlsx() {}

    static void read(byte[] content, Lines lines) {
      Map<String, byte[]> parts = unpack(content);
      byte[] sheet = parts.get(SHEET);
      if (sheet == null) {
        throw unreadable();
      }
      List<String> shared =
          parts.containsKey(SHARED_STRINGS) ? sharedStrings(parts.get(SHARED_STRINGS)) : List.of();
      rows(sheet, shared, lines);
    }

    /**
     * The sheet and its shared strings. Every part is inflated here, those skipped too, counting
     * the bytes as they come: the sizes a zip declares are the sender's word, not a measure.
     */
    private static Map<String, byte[]> unpack(byte[] content) {
      Map<String, byte[]> parts = new HashMap<>();
      Set<String> names = new HashSet<>();
      byte[] chunk = new byte[64 * 1024];
      long unpacked = 0;
      try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
          if (!names.add(entry.getName())) {
            throw unreadable();
          }
          boolean kept = entry.getName().equals(SHEET) || entry.getName().equals(SHARED_STRINGS);
          var part = kept ? new ByteArrayOutputStream() : null;
          for (int n = zip.read(chunk); n >= 0; n = zip.read(chunk)) {
            unpacked += n;
            if (unpacked > MAX_UNPACKED_BYTES) {
              throw IncubatorException.onField(
                  "file", "selection.import.tooLarge", MAX_UNPACKED_BYTES / (1024 * 1024));
            }
            if (part != null) {
              part.write(chunk, 0, n);
            }
          }
          if (part != null) {
            parts.put(entry.getName(), part.toByteArray());
          }
        }
      } catch (IOException e) {
        throw unreadable();
      }
      return parts;
    }

    private static IncubatorException unreadable() {
      return IncubatorException.onField("file", "selection.import.unreadable");
    }

    private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
      XMLInputFactory factory = XMLInputFactory.newFactory();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      return factory.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    private static List<String> sharedStrings(byte[] xml) {
      List<String> strings = new ArrayList<>();
      try {
        XMLStreamReader r = reader(xml);
        StringBuilder current = null;
        while (r.hasNext()) {
          int event = r.next();
          if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("si")) {
            current = new StringBuilder();
          } else if (event == XMLStreamConstants.START_ELEMENT
              && r.getLocalName().equals("t")
              && current != null) {
            current.append(r.getElementText());
          } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("si")) {
            strings.add(current == null ? "" : current.toString());
            current = null;
          }
        }
      } catch (XMLStreamException e) {
        throw unreadable();
      }
      return strings;
    }

    private static void rows(byte[] xml, List<String> shared, Lines lines) {
      try {
        XMLStreamReader r = reader(xml);
        List<String> line = null;
        String type = null;
        int column = 0;
        while (r.hasNext()) {
          int event = r.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            switch (r.getLocalName()) {
              case "row" -> line = new ArrayList<>();
              case "c" -> {
                type = r.getAttributeValue(null, "t");
                column = columnOf(r.getAttributeValue(null, "r"), line == null ? 0 : line.size());
              }
              case "v", "t" -> {
                String text = r.getElementText();
                if (line != null) {
                  if (column >= MAX_COLUMNS) {
                    throw lines.tooManyColumns();
                  }
                  while (line.size() < column) {
                    line.add("");
                  }
                  lines.addCell(line, "s".equals(type) ? sharedString(shared, text) : text);
                }
              }
              default -> {}
            }
          } else if (event == XMLStreamConstants.END_ELEMENT
              && r.getLocalName().equals("row")
              && line != null) {
            lines.add(line);
            line = null;
          }
        }
      } catch (XMLStreamException | RuntimeException e) {
        throw e instanceof IncubatorException refusal ? refusal : unreadable();
      }
    }

    private static String sharedString(List<String> shared, String index) {
      try {
        int i = Integer.parseInt(index.strip());
        if (i >= 0 && i < shared.size()) {
          return shared.get(i);
        }
      } catch (NumberFormatException e) {
        // unreadable, as an index out of the list
      }
      throw unreadable();
    }

    /**
     * The zero-based column of a cell reference such as {@code C12}; without one, the next column.
     * Counting stops past the column limit: a reference such as {@code ZZZZZZ1} would overflow.
     */
    private static int columnOf(String reference, int next) {
      if (reference == null) {
        return next;
      }
      int column = 0;
      for (char ch : reference.toCharArray()) {
        if (!Character.isLetter(ch)) {
          break;
        }
        column = column * 26 + (Character.toUpperCase(ch) - 'A' + 1);
        if (column > MAX_COLUMNS) {
          return MAX_COLUMNS;
        }
      }
      return column - 1;
    }
  }
}
