package org.incubator.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import org.incubator.shared.Money;

/**
 * Every decimal the application takes is an amount of dirhams, read the one way {@link
 * Money#readAmount} reads them. It replaces Faces' own converter, which accepts {@code
 * 1E+300000000}: a number that stalls the server when scaled, even from a draft that skips
 * validation. Registered for BigDecimal in faces-config.xml, which replaces Faces' own.
 */
public class AmountConverter implements Converter<BigDecimal> {

  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return Money.readAmount(typed);
    } catch (IllegalArgumentException e) {
      String text = Messages.text("field.amount.invalid", Money.INTEGER_DIGITS);
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal amount) {
    return amount == null ? "" : amount.toPlainString();
  }
}
