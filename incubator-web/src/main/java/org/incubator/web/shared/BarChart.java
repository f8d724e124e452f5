package org.incubator.web.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart as the Chart.js configuration that PrimeFaces' {@code p:chart} draws. Figures that
 * people compare are shown this way beside their table.
 */
public final class BarChart {

  /** One series of bars: its legend, its colour and a figure per label. */
  public record Series(String label, String colour, List<? extends Number> values) {}

  private BarChart() {}

  /** Stacked bars, one per label; {@code rightToLeft} mirrors the axis for Arabic. */
  public static String stacked(List<String> labels, boolean rightToLeft, Series... series) {
    List<String> sets = new ArrayList<>();
    for (Series s : series) {
      sets.add(
          "{\"label\":" + quote(s.label()) + ",\"backgroundColor\":" + quote(s.colour()) + ",\"data\":"
              + s.values().stream().map(String::valueOf).toList() + "}");
    }
    return "{\"type\":\"bar\",\"data\":{\"labels\":" + labels.stream().map(BarChart::quote).toList()
        + ",\"datasets\":" + sets + "},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,"
        + "\"scales\":{\"x\":{\"stacked\":true,\"reverse\":" + rightToLeft + "},\"y\":{\"stacked\":true,\"beginAtZero\":true,\"ticks\":{\"precision\":0}}},"
        + "\"plugins\":{\"legend\":{\"rtl\":" + rightToLeft + "}}}}";
  }

  private static String quote(String text) {
    var quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '<' -> quoted.append("\\u003c");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
