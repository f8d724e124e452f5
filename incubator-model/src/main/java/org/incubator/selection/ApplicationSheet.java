package org.incubator.selection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.incubator.applicant.DetailsProperties;
import org.incubator.shared.IncubatorException;

/**
 * A batch of paper applications as a mentor brings it: a CSV file (comma or semicolon, UTF-8)
 * or an Excel workbook (.xlsx, first sheet). The first line names the columns with the form's
 * field names ({@code cin}, {@code firstName}, …); every other non-empty line is one applicant.
 */
public final class ApplicationSheet {

  /** One applicant's line: its number in the file (the header is line 1) and its cells by column. */
  public record Row(int line, Map<String, String> cells) {}

  public static final int MAX_ROWS = 10_000;

  private ApplicationSheet() {}

  public static List<Row> read(byte[] content) {
    if (content == null || content.length == 0) {
      throw IncubatorException.onField("file", "selection.document.empty");
    }
    List<List<String>> lines = isZip(content) ? Xlsx.lines(content) : Csv.lines(new String(content, StandardCharsets.UTF_8));
    if (lines.isEmpty()) {
      throw IncubatorException.onField("file", "selection.import.noHeader");
    }
    List<String> header = lines.get(0).stream().map(String::strip).toList();
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
    for (int i = 1; i < lines.size(); i++) {
      List<String> cells = lines.get(i);
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      Map<String, String> byColumn = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        if (!header.get(c).isEmpty()) {
          byColumn.put(header.get(c), c < cells.size() ? cells.get(c) : "");
        }
      }
      rows.add(new Row(i + 1, byColumn));
    }
    if (rows.size() > MAX_ROWS) {
      throw IncubatorException.onField("file", "selection.import.tooManyRows", MAX_ROWS);
    }
    return rows;
  }

  private static boolean isZip(byte[] content) {
    return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
  }

  /** RFC 4180 lines: quoted cells may hold separators, quotes (doubled) and line breaks. */
  static final class Csv {

    private Csv() {}

    static List<List<String>> lines(String text) {
      String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
      char separator = separatorOf(body);
      List<List<String>> lines = new ArrayList<>();
      List<String> line = new ArrayList<>();
      var cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < body.length(); i++) {
        char ch = body.charAt(i);
        if (quoted) {
          if (ch == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else if (ch == '"') {
            quoted = false;
          } else {
            cell.append(ch);
          }
        } else if (ch == '"') {
          quoted = true;
        } else if (ch == separator) {
          line.add(cell.toString());
          cell.setLength(0);
        } else if (ch == '\n' || ch == '\r') {
          if (ch == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
            i++;
          }
          line.add(cell.toString());
          cell.setLength(0);
          lines.add(line);
          line = new ArrayList<>();
        } else {
          cell.append(ch);
        }
      }
      if (cell.length() > 0 || !line.isEmpty()) {
        line.add(cell.toString());
        lines.add(line);
      }
      return lines;
    }

    /** The separator of the header line: a semicolon (as French Excel writes) or a comma. */
    private static char separatorOf(String body) {
      int end = body.indexOf('\n');
      String header = end < 0 ? body : body.substring(0, end);
      return header.chars().filter(c -> c == ';').count() >= header.chars().filter(c -> c == ',').count() ? ';' : ',';
    }
  }

  /** The first sheet of an .xlsx workbook, read with the JDK's own zip and StAX (no external entities). */
  static final class Xlsx {

    private Xlsx() {}

    static List<List<String>> lines(byte[] content) {
      Map<String, byte[]> parts = new HashMap<>();
      try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
          if (entry.getName().equals("xl/sharedStrings.xml") || entry.getName().equals("xl/worksheets/sheet1.xml")) {
            parts.put(entry.getName(), zip.readNBytes(50 * 1024 * 1024));
          }
        }
      } catch (IOException e) {
        throw IncubatorException.onField("file", "selection.import.unreadable");
      }
      byte[] sheet = parts.get("xl/worksheets/sheet1.xml");
      if (sheet == null) {
        throw IncubatorException.onField("file", "selection.import.unreadable");
      }
      List<String> shared = parts.containsKey("xl/sharedStrings.xml") ? sharedStrings(parts.get("xl/sharedStrings.xml")) : List.of();
      return rows(sheet, shared);
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
          } else if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("t") && current != null) {
            current.append(r.getElementText());
          } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("si")) {
            strings.add(current == null ? "" : current.toString());
            current = null;
          }
        }
      } catch (XMLStreamException e) {
        throw IncubatorException.onField("file", "selection.import.unreadable");
      }
      return strings;
    }

    private static List<List<String>> rows(byte[] xml, List<String> shared) {
      List<List<String>> lines = new ArrayList<>();
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
                String value = "s".equals(type) ? shared.get(Integer.parseInt(text.strip())) : text;
                while (line != null && line.size() < column) {
                  line.add("");
                }
                if (line != null) {
                  line.add(value);
                }
              }
              default -> {}
            }
          } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row")) {
            lines.add(line);
            line = null;
          }
        }
      } catch (XMLStreamException | RuntimeException e) {
        throw IncubatorException.onField("file", "selection.import.unreadable");
      }
      return lines;
    }

    /** The zero-based column of a cell reference such as {@code C12}; without one, the next column. */
    private static int columnOf(String reference, int next) {
      if (reference == null) {
        return next;
      }
      int column = 0;
      for (char ch : reference.toCharArray()) {
        if (Character.isLetter(ch)) {
          column = column * 26 + (Character.toUpperCase(ch) - 'A' + 1);
        } else {
          break;
        }
      }
      return column - 1;
    }
  }
}
