package org.incubator.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the request being served comes from: the client's address as the server sees it (behind a
 * TLS proxy, the proxy's forwarded address once the server is told to trust it — see README).
 */
@ApplicationScoped
public class RequestOrigin {

  /** Outside a web request (a background import, a timer). */
  public static final String NONE = "-";

  @Inject private Instance<HttpServletRequest> request;

  public String address() {
    try {
      return request.isResolvable() ? request.get().getRemoteAddr() : NONE;
    } catch (RuntimeException e) {
      return NONE;
    }
  }
}
