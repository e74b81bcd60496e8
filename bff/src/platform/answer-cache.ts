import type { FastifyReply } from 'fastify';
import { LRUCache } from 'lru-cache';

/**
 * Answers kept as the bytes the route's contract serializer wrote, for reads asked far more often
 * than their data changes (catalog search, a reader's messages, a clerk's queue): a repeated
 * question is answered without reading, ranking or serializing again. Each entry remembers the
 * data's version when it was written; `version()` must change whenever the data behind the answers
 * does, and an entry of another version is never sent. The key must hold everything else the answer
 * depends on (whose messages, which clerk's scope, the language): an entry is only ever sent to a
 * request with the same key.
 */
export class AnswerCache {
  private readonly entries: LRUCache<string, { version: unknown; body: string }>;

  /**
   * `version(scope)` may be answered from shared state (one GET with Redis) when other instances
   * change the data too; `scope` is what `reply` was given (e.g. whose messages).
   */
  constructor(private readonly version: (scope: string) => unknown, opts: { max?: number; ttlMs?: number } = {}) {
    // A version read from shared state expires there (read back as null): entries must not outlive it.
    this.entries = new LRUCache({ max: opts.max ?? 1_000, ...(opts.ttlMs ? { ttl: opts.ttlMs } : {}) });
  }

  /**
   * Sends the kept answer for `key` when it is current; otherwise runs `answer`, writes its result
   * with the route's serializer (the same bytes, checked against the contract in the test suites),
   * keeps them and sends them.
   */
  async reply<T>(reply: FastifyReply, key: string, answer: () => T | Promise<T>, scope = ''): Promise<FastifyReply> {
    const version = await this.version(scope);
    let body = this.entries.get(key);
    if (body?.version !== version) {
      const data = await answer();
      body = { version, body: reply.serialize(data) as string };
      // The data may have changed while answering: keep only what was written against one version.
      if ((await this.version(scope)) === version) this.entries.set(key, body);
    }
    return reply.type('application/json; charset=utf-8').send(body!.body);
  }
}
