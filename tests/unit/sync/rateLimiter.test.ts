import { describe, expect, it } from 'vitest';
import { fullBucket, take } from '@common/sync/rateLimiter';

describe('take', () => {
  const limit = { perSecond: 2, burst: 3 };
  it('allows a burst, then refuses until the bucket refills at the given rate', () => {
    let bucket = fullBucket(limit, 0);
    const allowed: boolean[] = [];
    // Times by hand: 3 at once, a 4th refused, 500 ms later one token back, 100 ms later none.
    for (const now of [0, 0, 0, 0, 500, 600]) {
      const result = take(bucket, limit, now);
      bucket = result.bucket;
      allowed.push(result.allowed);
    }
    expect(allowed).toEqual([true, true, true, false, true, false]);
  });
  it('never stores more than the burst however long the connection was idle', () => {
    const result = take(fullBucket(limit, 0), limit, 3_600_000);
    expect(result.bucket.tokens).toBe(2);
  });
});
