package org.incubator.identity;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What slows password guessing down, for this server: growing delays per account and per client
 * address (generous per address, as a youth centre's young people share one), a cap on the password
 * hashes computed at once (each costs 210,000 PBKDF2 iterations), and a rate of sign-ups per
 * address. Kept in memory: a restart forgets it, and each server of a cluster counts its own.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SignInThrottle {

  /** Five tries for a typo, then 1 s, 2 s, 4 s… up to a quarter of an hour between tries. */
  private final AttemptLedger accounts = new AttemptLedger(5, Duration.ofMinutes(15), 100_000);

  /** Fifty failures from one address in an hour are still a classroom with typos, not an attack. */
  private final AttemptLedger addresses = new AttemptLedger(50, Duration.ofMinutes(5), 100_000);

  /** Thirty accounts opened from one address in an hour are a youth centre's session; more wait. */
  private final AttemptLedger signUps = new AttemptLedger(30, Duration.ofMinutes(10), 100_000);

  public static final int MAX_HASHES_AT_ONCE = 4;

  private final Semaphore hashing = new Semaphore(MAX_HASHES_AT_ONCE, true);
  private final AtomicInteger hashingNow = new AtomicInteger();
  private final AtomicInteger hashingPeak = new AtomicInteger();

  /** How long an attempt for this account from this address must still wait. */
  public Duration signInWait(String username, String address) {
    Instant now = Instant.now();
    Duration account = accounts.waitFor(key(username), now);
    Duration client = addresses.waitFor(address, now);
    return account.compareTo(client) >= 0 ? account : client;
  }

  public void signInFailed(String username, String address) {
    Instant now = Instant.now();
    accounts.failed(key(username), now);
    addresses.failed(address, now);
  }

  /** A right password forgets the account's failures; the address keeps its own. */
  public void signInSucceeded(String username) {
    accounts.forget(key(username));
  }

  public int failures(String username) {
    return accounts.failures(key(username), Instant.now());
  }

  public Duration signUpWait(String address) {
    return signUps.waitFor(address, Instant.now());
  }

  public void signedUp(String address) {
    signUps.failed(address, Instant.now());
  }

  /**
   * A turn to compute a password hash, waiting a little for one; false when the server is too busy.
   */
  public boolean startHashing() {
    try {
      if (!hashing.tryAcquire(10, TimeUnit.SECONDS)) {
        return false;
      }
      hashingPeak.accumulateAndGet(hashingNow.incrementAndGet(), Math::max);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  public void endHashing() {
    hashingNow.decrementAndGet();
    hashing.release();
  }

  /** The most password hashes computed at the same moment since the server started. */
  public int hashingPeak() {
    return hashingPeak.get();
  }

  private static String key(String username) {
    return username == null ? "" : UserAccount.normaliseUsername(username);
  }
}
