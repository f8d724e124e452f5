package org.incubator.selection;

import java.io.Serializable;

/**
 * What became of one line of an imported sheet: the application it created, or why it was refused
 * (the column it concerns, a message key and its arguments, shown in the reader's language).
 */
public record ImportLine(
    int line,
    String cin,
    Long applicationId,
    String field,
    String messageKey,
    Serializable[] arguments)
    implements Serializable {

  public static ImportLine imported(int line, String cin, Long applicationId) {
    return new ImportLine(line, cin, applicationId, null, null, new Serializable[0]);
  }

  public static ImportLine refused(
      int line, String cin, String field, String messageKey, Object... arguments) {
    Serializable[] kept = new Serializable[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      kept[i] = arguments[i] instanceof Serializable s ? s : String.valueOf(arguments[i]);
    }
    return new ImportLine(line, cin, null, field, messageKey, kept);
  }

  public boolean isImported() {
    return applicationId != null;
  }
}
