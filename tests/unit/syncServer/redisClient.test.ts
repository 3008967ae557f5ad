import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncRedisClient } from '../../../syncServer/createSyncServer';
import { startRedis, type LocalService } from './support/localServices';

// Needs redis-server (installed by .ci/run); skips with a message without it.
let service: LocalService | null = null;
let unavailable: string | null = null;
beforeAll(async () => {
  const redis = await startRedis();
  if (redis.ok) service = redis.service;
  else unavailable = redis.reason;
}, 120_000);
afterAll(async () => {
  await service?.stop();
});

describe("a sync node's Redis connection", () => {
  // The Redis extension subscribes to a document's channel when the document loads, which can be
  // the moment the connection opens. With ioredis's ready check, the check then failed ("Connection
  // in subscriber mode") and the connection never received a message; this test fails with it.
  it('receives what another node publishes when it subscribed as soon as it connected', { timeout: 60_000 }, async (ctx) => {
    if (unavailable) return ctx.skip(`${unavailable}: skipped`);
    const subscriber = syncRedisClient(service!.url, { lazyConnect: true });
    const publisher = syncRedisClient(service!.url);
    const errors: string[] = [];
    const received: string[] = [];
    subscriber.on('error', (error: Error) => errors.push(error.message));
    subscriber.on('message', (_channel: string, message: string) => received.push(message));
    subscriber.once('connect', () => void subscriber.subscribe('verbatim:team/catalog').catch((error: Error) => errors.push(error.message)));
    try {
      await subscriber.connect();
      // Published until it arrives: a message sent before the subscription took effect is not kept.
      for (let i = 0; received.length === 0 && i < 500; i++) {
        await publisher.publish('verbatim:team/catalog', 'update');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(received[0]).toBe('update');
      expect(errors).toEqual([]);
    } finally {
      subscriber.disconnect();
      publisher.disconnect();
    }
  });
});
