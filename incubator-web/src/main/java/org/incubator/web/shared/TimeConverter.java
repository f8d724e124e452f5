package org.incubator.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * An hour of the day as a time input sends it ({@code 09:30}, seconds allowed); anything else is
 * refused on its field. Registered for LocalTime in faces-config.xml.
 */
public class TimeConverter implements Converter<LocalTime> {

  private static final int LONGEST = 8;

  @Override
  public LocalTime getAsObject(FacesContext context, UIComponent component, String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      if (typed.strip().length() > LONGEST) {
        throw new DateTimeParseException("too long", typed, LONGEST);
      }
      return LocalTime.parse(typed.strip()).withSecond(0).withNano(0);
    } catch (DateTimeParseException e) {
      String text = Messages.text("field.time.invalid");
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalTime time) {
    return time == null ? "" : time.format(DateTimeFormatter.ofPattern("HH:mm"));
  }
}
