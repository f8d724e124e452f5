package org.incubator.selection;

/**
 * Text that came in a sheet, made fit to keep and show: no control or invisible characters (a
 * right-to-left override would turn what follows around), and no longer than its column, cut with
 * an ellipsis and never inside a character.
 */
final class KeptText {

  private static final String INVISIBLE = "[\\p{Cc}\\p{Cf}\\p{Cs}]";

  private KeptText() {}

  /** The text made fit for a column of {@code length}; {@code null} stays {@code null}. */
  static String cut(String text, int length) {
    if (text == null) {
      return null;
    }
    String visible = text.replaceAll(INVISIBLE, "");
    if (visible.length() <= length) {
      return visible;
    }
    int end = length - 1;
    if (Character.isHighSurrogate(visible.charAt(end - 1))) {
      end--;
    }
    return visible.substring(0, end) + "…";
  }

  /** A file's name without the folders it came from; a name that says nothing reads as "?". */
  static String fileName(String name, int length) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = cut(base.substring(base.lastIndexOf('/') + 1), length).strip();
    return base.isEmpty() ? "?" : base;
  }
}
