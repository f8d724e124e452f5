package org.incubator.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The migrations are the schema's history: numbered without gaps, and never a source of accounts.
 */
class MigrationsTest {

  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  private static List<Path> migrations() throws IOException {
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().toList();
    }
  }

  @Test
  void versionsFollowEachOtherWithoutGapsOrDuplicates() throws IOException {
    List<Integer> versions =
        migrations().stream()
            .map(
                f ->
                    Integer.parseInt(f.getFileName().toString().replaceFirst("^V(\\d+)__.*", "$1")))
            .sorted()
            .toList();
    assertFalse(versions.isEmpty());
    assertEquals(IntStream.rangeClosed(1, versions.size()).boxed().toList(), versions);
  }

  @Test
  void noMigrationCreatesAUserAccount() throws IOException {
    for (Path migration : migrations()) {
      String sql =
          Files.readString(migration, StandardCharsets.UTF_8)
              .toLowerCase(Locale.ROOT)
              .replaceAll("\\s+", " ");
      assertFalse(
          sql.contains("into user_account"),
          migration + " inserts an account: demo users belong to the demo data only");
    }
  }

  @Test
  void migrationsAreNamedForWhatTheyDo() throws IOException {
    for (Path migration : migrations()) {
      assertTrue(
          migration.getFileName().toString().matches("V\\d+__[a-z0-9_]+\\.sql"),
          migration.toString());
    }
  }
}
