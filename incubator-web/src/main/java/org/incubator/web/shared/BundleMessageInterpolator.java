package org.incubator.web.shared;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validation messages come from the application's one bundle per language, like all other text: a
 * constraint's {@code {key}} is looked up there, and {@code {attribute}} placeholders inside the
 * text take the constraint's attributes (e.g. {@code {max}}).
 */
public class BundleMessageInterpolator implements MessageInterpolator {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([\\w.]+)}");

  @Override
  public String interpolate(String template, Context context) {
    return interpolate(template, context, Locale.getDefault());
  }

  @Override
  public String interpolate(String template, Context context, Locale locale) {
    Map<String, Object> attributes = context.getConstraintDescriptor().getAttributes();
    String resolved = replace(template, key -> lookup(key, locale, attributes));
    return replace(
        resolved,
        key -> attributes.containsKey(key) ? String.valueOf(attributes.get(key)) : "{" + key + "}");
  }

  private static String lookup(String key, Locale locale, Map<String, Object> attributes) {
    try {
      return ResourceBundle.getBundle(Messages.BUNDLE, locale).getString(key);
    } catch (MissingResourceException e) {
      return attributes.containsKey(key) ? String.valueOf(attributes.get(key)) : "{" + key + "}";
    }
  }

  private static String replace(String text, java.util.function.Function<String, String> value) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    var out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(value.apply(matcher.group(1))));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
