/**
 * A token bucket per connection: `burst` messages at once, refilled at `perSecond`. The sync
 * server closes a connection that empties it, so one client in a loop cannot starve the others.
 * Time is passed in, so the limiter is a pure value that tests drive by hand.
 */
export interface RateLimit {
  readonly perSecond: number;
  readonly burst: number;
}

export interface Bucket {
  readonly tokens: number;
  readonly at: number; // ms
}

export function fullBucket(limit: RateLimit, now: number): Bucket {
  return { tokens: limit.burst, at: now };
}

/** Takes one message from the bucket: the new bucket, and whether the message is allowed. */
export function take(bucket: Bucket, limit: RateLimit, now: number): { bucket: Bucket; allowed: boolean } {
  const elapsed = Math.max(0, now - bucket.at) / 1000;
  const tokens = Math.min(limit.burst, bucket.tokens + elapsed * limit.perSecond);
  if (tokens < 1) return { bucket: { tokens, at: now }, allowed: false };
  return { bucket: { tokens: tokens - 1, at: now }, allowed: true };
}
