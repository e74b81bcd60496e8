import type { FastifyInstance } from 'fastify';
import type { Home } from '@zsb/shared/contracts/home';
import { maskIdNumber } from '@zsb/shared/domain/masking';
import { chinaDate } from '@zsb/shared/domain/working-days';
import type { AuthUser } from '../../platform/auth';
import { UpstreamUnavailableError } from '../../upstreams/http-client';

type Section<T> = { status: 'ok'; data: T } | { status: 'degraded'; code: 'UPSTREAM_UNAVAILABLE' | 'UPSTREAM_TIMEOUT'; upstream: string };

/**
 * Runs one section's upstream work within the screen's time budget. A slow or failed upstream
 * yields a degraded section instead of failing (or delaying) the whole screen.
 */
export async function withinBudget<T>(
  upstream: string | (() => string), budgetMs: number, work: (timeoutMs: number) => Promise<T>,
): Promise<Section<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Section<T>>((resolve) => {
    // A chain of calls names the one still running when the budget ran out.
    timer = setTimeout(() => {
      resolve({ status: 'degraded', code: 'UPSTREAM_TIMEOUT', upstream: typeof upstream === 'function' ? upstream() : upstream });
    }, budgetMs);
  });
  const run = work(budgetMs).then(
    (data): Section<T> => ({ status: 'ok', data }),
    (err): Section<T> => {
      if (!(err instanceof UpstreamUnavailableError)) throw err;
      // Name the system that actually failed (the legal register, when an enterprise holder could not be looked up).
      return { status: 'degraded', code: err.reason === 'timeout' ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_UNAVAILABLE', upstream: err.upstream };
    },
  );
  try {
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The home screen in one answer: upstreams are asked concurrently, each within the budget. */
export async function homeOf(app: FastifyInstance, user: AuthUser): Promise<Home> {
  const budget = app.config.aggregateBudgetMs;
  const row = app.auth.userOf(user);
  const today = chinaDate();

  // The wallet chain (holder, then its certificates) and the hot list run side by side; for a person the
  // holder needs no upstream, so the screen costs about one upstream round trip, not the sum.
  const started = Date.now();
  const [wallet, hot, holder] = await (async () => {
    const holderP = app.wallet.holderOf(user);
    // Swallowed here (the sections below report it); a rejection nobody awaits would crash the process.
    holderP.catch(() => undefined);
    let waitingOn = user.identity.kind === 'enterprise' ? 'legal' : 'certificates';
    const walletP = withinBudget(() => waitingOn, budget, async () => {
      const h = await holderP;
      waitingOn = 'certificates';
      // What is left of the budget after the holder lookup (the legal register, for an enterprise).
      const certs = await app.wallet.certificatesOf(h, { timeoutMs: Math.max(1, budget - (Date.now() - started)) });
      app.audit.record({
        actor: `user:${user.userId}`, subject: h.subject, action: 'wallet.list', fields: ['summary'],
        purpose: 'home shows the wallet summary', channel: 'app', result: 'ok',
      });
      const items = certs.map((c) => app.wallet.summarize(c, today));
      return {
        total: items.length,
        expiring: items.filter((c) => c.status === 'expiring').length,
        expired: items.filter((c) => c.status === 'expired').length,
        items: items.map((c) => ({ id: c.id, kindName: c.kindName, status: c.status })),
      };
    });
    // 热门服务 from our own usage counts (in-process, so it cannot be slow).
    const hotP = withinBudget('catalog', budget, async () => app.catalog.hot({ audience: user.identity.kind, limit: 8 }).items
      .map(({ code, name, departmentCode }) => ({ code, name, departmentCode })));
    // The holder's name too waits no longer than the budget; its failure is reported through the wallet section.
    const holderNameP = withinBudget('legal', budget, () => holderP).catch(() => null);
    return Promise.all([walletP, hotP, holderNameP.then((s) => (s?.status === 'ok' ? s.data : null))]);
  })();
  const degraded = [wallet, hot].filter((s) => s.status === 'degraded').map((s) => (s as { upstream: string }).upstream);

  return {
    profile: {
      name: row.name,
      idNumber: maskIdNumber(row.idNumber),
      kind: row.kind,
      activeIdentity: {
        kind: user.identity.kind,
        name: holder?.name ?? row.name,
      },
    },
    wallet,
    hotServices: hot.status === 'ok' ? { status: 'ok', data: { items: hot.data } } : hot,
    messages: { unread: app.messages.unreadCount(user.userId) },
    degraded: [...new Set(degraded)],
  };
}
