package org.incubator.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Passwords are hashed with PBKDF2-HMAC-SHA512 at 210,000 iterations (OWASP's advice), not Jakarta
 * Security's weaker defaults; {@link SignIn} verifies with the same parameters.
 */
@ApplicationScoped
public class PasswordHashing {

  public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
  public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
  public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
  public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=64";

  @Inject private Pbkdf2PasswordHash hash;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", value(ALGORITHM),
            "Pbkdf2PasswordHash.Iterations", value(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", value(SALT_SIZE),
            "Pbkdf2PasswordHash.KeySizeBytes", value(KEY_SIZE)));
  }

  private static String value(String parameter) {
    return parameter.substring(parameter.indexOf('=') + 1);
  }

  public String hash(char[] password) {
    return hash.generate(password);
  }

  public boolean verify(char[] password, String hashed) {
    return hash.verify(password, hashed);
  }
}
