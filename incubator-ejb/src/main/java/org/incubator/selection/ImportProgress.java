package org.incubator.selection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The imports running or just finished, kept in memory while the mentor watches them. Each is read
 * only by the person who started it.
 */
@ApplicationScoped
public class ImportProgress {

  private static final int KEPT = 50;

  private static final class Tracker {
    final String owner;
    final int total;
    final long started = System.nanoTime();
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger imported = new AtomicInteger();
    final List<ImportLine> refused = new CopyOnWriteArrayList<>();
    volatile long finished;

    Tracker(String owner, int total) {
      this.owner = owner;
      this.total = total;
    }
  }

  private final Map<String, Tracker> imports = new ConcurrentHashMap<>();

  String begin(String owner, int total) {
    if (imports.size() > KEPT) {
      imports.entrySet().removeIf(e -> e.getValue().finished != 0);
    }
    String id = UUID.randomUUID().toString();
    imports.put(id, new Tracker(owner, total));
    return id;
  }

  void record(String id, ImportLine line) {
    Tracker tracker = imports.get(id);
    if (line.isImported()) {
      tracker.imported.incrementAndGet();
    } else {
      tracker.refused.add(line);
    }
    tracker.done.incrementAndGet();
  }

  void finish(String id) {
    imports.get(id).finished = System.nanoTime();
  }

  Optional<ImportStatus> status(String id, String reader) {
    Tracker t = imports.get(id);
    if (t == null || !t.owner.equals(reader)) {
      return Optional.empty();
    }
    long end = t.finished == 0 ? System.nanoTime() : t.finished;
    return Optional.of(
        new ImportStatus(
            t.total,
            t.done.get(),
            t.imported.get(),
            List.copyOf(t.refused),
            t.finished != 0,
            (end - t.started) / 1_000_000));
  }
}
