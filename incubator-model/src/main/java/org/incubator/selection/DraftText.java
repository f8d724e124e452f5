package org.incubator.selection;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Properties;
import org.incubator.applicant.DetailsProperties;
import org.incubator.applicant.ProjectHolderDetails;

/**
 * A holder's form as plain {@code name=value} lines, and back. A value that no longer reads (an
 * enum constant since removed) is left empty, not an error: a draft is allowed to be wrong.
 */
public final class DraftText {

  private DraftText() {}

  public static String write(ProjectHolderDetails details) {
    var properties = new Properties();
    for (String name : DetailsProperties.names()) {
      DetailsProperties.get(details, name).ifPresent(value -> properties.setProperty(name, value));
    }
    var text = new StringWriter();
    try {
      properties.store(text, null);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return text.toString();
  }

  public static ProjectHolderDetails read(String text) {
    var properties = new Properties();
    try {
      properties.load(new StringReader(text == null ? "" : text));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    var details = new ProjectHolderDetails();
    for (String name : DetailsProperties.names()) {
      try {
        DetailsProperties.set(details, name, properties.getProperty(name));
      } catch (IllegalArgumentException e) {
        // a value that no longer reads is left empty
      }
    }
    return details;
  }
}
