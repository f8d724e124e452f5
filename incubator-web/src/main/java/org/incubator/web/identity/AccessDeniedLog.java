package org.incubator.web.identity;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import org.incubator.identity.SecurityEvent;
import org.incubator.identity.SecurityLog;

/**
 * Every refusal that ends on the 403 page — a page of another role, or a service that said "not
 * allowed" — leaves a security event naming what was asked for.
 */
@WebFilter(
    urlPatterns = "/error/403.xhtml",
    dispatcherTypes = {DispatcherType.ERROR, DispatcherType.REQUEST, DispatcherType.FORWARD})
public class AccessDeniedLog extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private SecurityLog log;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // the page refused; when the error page itself is asked for, where the asker came from
    Object asked = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String referer = Objects.toString(request.getHeader("Referer"), request.getRequestURI());
    log.record(SecurityEvent.ACCESS_DENIED, Map.of("asked", Objects.toString(asked, referer)));
    chain.doFilter(request, response);
  }
}
