package org.incubator.web.shared;

import org.incubator.shared.NotFoundException;

/** Record ids as they come in a URL: anything that is not a positive number names no record. */
public final class RecordIds {

  private RecordIds() {}

  public static Long parse(String text, String notFoundKey) {
    try {
      long id = Long.parseLong(text == null ? "" : text.strip());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // falls through: a malformed id is a record that does not exist
    }
    throw new NotFoundException(notFoundKey, String.valueOf(text));
  }
}
