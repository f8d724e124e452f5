package org.incubator.web.shared;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' file upload in simple mode, with its file input left in the accessibility tree.
 *
 * <p>In simple mode the browser's own file input is what the keyboard reaches and what a screen
 * reader announces (the button beside it is only its look), yet PrimeFaces 15 marks it {@code
 * aria-hidden}: a focusable element hidden from assistive technology, which WCAG forbids
 * (axe-core's {@code aria-hidden-focus}). Registered in faces-config.xml for every {@code
 * p:fileUpload}; the advanced mode, whose input really is hidden behind a focusable button, is left
 * as it is.
 */
public class FileInputRenderer extends FileUploadRenderer {

  @Override
  protected void encodeSimpleInputField(
      FacesContext context, FileUpload fileUpload, String clientId, String label, String tabindex)
      throws IOException {
    ResponseWriter writer = context.getResponseWriter();
    context.setResponseWriter(
        new ResponseWriterWrapper(writer) {
          @Override
          public void writeAttribute(String name, Object value, String property)
              throws IOException {
            if (!"aria-hidden".equals(name)) {
              super.writeAttribute(name, value, property);
            }
          }
        });
    try {
      super.encodeSimpleInputField(context, fileUpload, clientId, label, tabindex);
    } finally {
      context.setResponseWriter(writer);
    }
  }
}
