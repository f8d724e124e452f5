package org.incubator.selection;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.incubator.applicant.DetailsProperties;
import org.incubator.applicant.ProjectHolder;
import org.incubator.applicant.ProjectHolderDetails;
import org.incubator.applicant.ProjectHolderRegister;
import org.incubator.identity.Role;
import org.incubator.shared.Caller;
import org.incubator.shared.IncubatorException;

/**
 * Imports one line of a sheet in a transaction of its own: the holder is registered (or found by
 * CIN) and the paper application entered, or nothing of the line is kept and the line says why.
 */
@Stateless
@RolesAllowed({Role.Names.MENTOR, Role.Names.ADMIN})
public class ImportRowWriter {

  @Resource private SessionContext context;

  @Inject private Caller caller;

  @Inject private Validator validator;

  @Inject private ProjectHolderRegister register;

  @Inject private Applications applications;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ImportLine importRow(Long callId, ApplicationSheet.Row row) {
    String cin = row.cells().getOrDefault("cin", "");
    var details = new ProjectHolderDetails();
    for (Map.Entry<String, String> cell : row.cells().entrySet()) {
      try {
        DetailsProperties.set(details, cell.getKey(), cell.getValue());
      } catch (IllegalArgumentException e) {
        return ImportLine.refused(
            row.line(), cin, cell.getKey(), "selection.import.badValue", cell.getValue());
      }
    }
    Set<ConstraintViolation<ProjectHolderDetails>> violations = validator.validate(details);
    if (!violations.isEmpty()) {
      ConstraintViolation<ProjectHolderDetails> first =
          violations.stream()
              .min(
                  Comparator.comparing(
                      v -> DetailsProperties.names().indexOf(v.getPropertyPath().toString())))
              .orElseThrow();
      String template = first.getMessageTemplate();
      String key =
          template.startsWith("{") && template.endsWith("}")
              ? template.substring(1, template.length() - 1)
              : template;
      return ImportLine.refused(row.line(), cin, first.getPropertyPath().toString(), key);
    }
    try {
      Optional<ProjectHolder> known = register.findByCin(details.getCin());
      Long holderId = known.isPresent() ? known.get().getId() : register.register(details);
      return ImportLine.imported(row.line(), cin, applications.applyOnPaper(holderId, callId));
    } catch (IncubatorException e) {
      context.setRollbackOnly();
      return ImportLine.refused(
          row.line(), cin, e.getField().orElse(null), e.getMessageKey(), e.getArguments());
    }
  }
}
