package org.incubator.web.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Charts as the Chart.js configuration that PrimeFaces' {@code p:chart} draws. Figures that people
 * compare are shown this way beside their table; {@code rightToLeft} mirrors the axis and the
 * legend for Arabic.
 */
public final class Charts {

  /** One series: its legend, its colour and a figure per label. */
  public record Series(String label, String colour, List<? extends Number> values) {}

  private Charts() {}

  /** Stacked bars, one per label. */
  public static String stackedBars(List<String> labels, boolean rightToLeft, Series... series) {
    return chart("bar", labels, rightToLeft, true, series);
  }

  /** A line per series across the labels, such as figures month after month. */
  public static String lines(List<String> labels, boolean rightToLeft, Series... series) {
    return chart("line", labels, rightToLeft, false, series);
  }

  private static String chart(
      String type, List<String> labels, boolean rightToLeft, boolean stacked, Series... series) {
    List<String> sets = new ArrayList<>();
    for (Series s : series) {
      sets.add(
          "{\"label\":"
              + quote(s.label())
              + ",\"backgroundColor\":"
              + quote(s.colour())
              + ",\"borderColor\":"
              + quote(s.colour())
              + ",\"fill\":false,\"data\":"
              + s.values().stream().map(String::valueOf).toList()
              + "}");
    }
    return "{\"type\":"
        + quote(type)
        + ",\"data\":{\"labels\":"
        + labels.stream().map(Charts::quote).toList()
        + ",\"datasets\":"
        + sets
        + "},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,"
        + "\"scales\":{\"x\":{\"stacked\":"
        + stacked
        + ",\"reverse\":"
        + rightToLeft
        + "},\"y\":{\"stacked\":"
        + stacked
        + ",\"beginAtZero\":true,\"ticks\":{\"precision\":0}}},"
        + "\"plugins\":{\"legend\":{\"rtl\":"
        + rightToLeft
        + "}}}}";
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
