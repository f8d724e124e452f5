package org.incubator.grant;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;

/**
 * What a step of a grant request's trail records. Each is stored as its code, the text the trail
 * has kept since its first row (the trail is append-only, so its rows are never rewritten).
 */
public enum GrantAction {
  PREPARED("prepared"),
  REVISED("revised"),
  SUBMITTED("submitted"),
  WITHDRAWN("withdrawn"),
  FIRST_APPROVAL("approved.first"),
  APPROVED("approved"),
  REJECTED("rejected"),
  RETURNED("returned"),
  PAID("paid"),
  CLOSED("closed");

  private final String code;

  GrantAction(String code) {
    this.code = code;
  }

  /** The code stored in the trail, for the few statements written in SQL. */
  public String code() {
    return code;
  }

  /** Whether a reviewer took this step: a reviewer keeps seeing the requests they decided. */
  public boolean isDecision() {
    return this == FIRST_APPROVAL || this == APPROVED || this == REJECTED || this == RETURNED;
  }

  /** Stores an action as its code. */
  @Converter
  public static class Column implements AttributeConverter<GrantAction, String> {

    @Override
    public String convertToDatabaseColumn(GrantAction action) {
      return action == null ? null : action.code;
    }

    @Override
    public GrantAction convertToEntityAttribute(String code) {
      return code == null
          ? null
          : Arrays.stream(values())
              .filter(a -> a.code.equals(code))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("Unknown grant action " + code));
    }
  }
}
