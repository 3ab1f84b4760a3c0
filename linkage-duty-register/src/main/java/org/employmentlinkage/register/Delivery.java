package org.employmentlinkage.register;

import java.util.List;

/**
 * What one delivery of an event did: stored the event and the duties it triggered, or nothing,
 * because the same event (by its natural key) was delivered before. Immutable and thread-safe.
 */
public final class Delivery {
  private final boolean first;
  private final List<RegisteredDuty> duties;
  private final int closed;

  Delivery(boolean first, List<RegisteredDuty> duties, int closed) {
    this.first = first;
    this.duties = List.copyOf(duties);
    this.closed = closed;
  }

  /**
   * Whether this was the event's first delivery (it is now stored).
   *
   * @return {@code false} for a redelivery, which stored nothing
   */
  public boolean first() {
    return first;
  }

  /**
   * The duties this delivery stored.
   *
   * @return the duties, empty for a redelivery or an event that triggers none
   */
  public List<RegisteredDuty> duties() {
    return duties;
  }

  /**
   * How many open duties this delivery closed (an issue closed under 三 末段).
   *
   * @return the number, 0 unless the event closed an issue of its project
   */
  public int closed() {
    return closed;
  }

  @Override
  public String toString() {
    return (first ? "stored, " + duties.size() + " duties" : "redelivery, nothing stored")
        + (closed > 0 ? ", " + closed + " closed" : "");
  }
}
