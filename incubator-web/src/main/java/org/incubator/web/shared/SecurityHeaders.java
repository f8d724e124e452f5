package org.incubator.web.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What every response tells the browser: never sniff a type, never be framed, send no address to
 * other sites, and — when the application is reached over HTTPS, also behind a TLS proxy that the
 * server trusts — to come back only over HTTPS. Pages get their Content-Security-Policy from
 * PrimeFaces (with a nonce, see web.xml); files and letters, which run nothing, get the strictest.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String NOTHING_RUNS =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    String path = request.getServletPath();
    if (path.startsWith("/documents") || path.startsWith("/letters")) {
      response.setHeader("Content-Security-Policy", NOTHING_RUNS);
    }
    chain.doFilter(request, response);
  }
}
