package org.incubator.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The server's security log, read from inside the server or from the test run beside it. */
public final class SecurityEvents {

  private SecurityEvents() {}

  public static List<String> lines() {
    String insideTheServer = System.getProperty("jboss.server.log.dir");
    Path log =
        insideTheServer != null
            ? Path.of(insideTheServer, "security-events.log")
            : Path.of(System.getProperty("jboss.home"), "standalone", "log", "security-events.log");
    try {
      return Files.readAllLines(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
