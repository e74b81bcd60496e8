import type { Home } from '@zsb/shared/contracts/home';
import { maskIdNumber } from '@zsb/shared/domain/masking';
import { chinaDate } from '@zsb/shared/domain/working-days';
import type { AuthUser } from '../../platform/auth';
import { UpstreamUnavailableError } from '../../upstreams/http-client';
import type { AuthService } from '../auth';
import type { WalletService } from '../wallet';
import type { MessagesService } from '../messages';

/** What home needs of the catalog: the hot list (sync or async, whichever the catalog answers). */
export interface HotServices {
  hot(opts: { audience?: 'personal' | 'enterprise'; limit: number }):
    | { items: { code: string; name: string; departmentCode: string }[] }
    | Promise<{ items: { code: string; name: string; departmentCode: string }[] }>;
}

export interface HomeDependencies {
  auth: Pick<AuthService, 'userOf'>;
  wallet: Pick<WalletService, 'holderOf' | 'certificatesOf' | 'summarize'>;
  catalog: HotServices;
  messages: Pick<MessagesService, 'unreadCount'>;
  /** The screen's time budget (ms). */
  budgetMs: number;
}

type Section<T> = { status: 'ok'; data: T } | { status: 'degraded'; code: 'UPSTREAM_UNAVAILABLE' | 'UPSTREAM_TIMEOUT'; upstream: string };

/**
 * Runs one section's upstream work within the screen's time budget. A slow or failed upstream
 * yields a degraded section instead of failing (or delaying) the whole screen.
 */
export async function withinBudget<T>(upstream: string, budgetMs: number, work: (timeoutMs: number) => Promise<T>): Promise<Section<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Section<T>>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'degraded', code: 'UPSTREAM_TIMEOUT', upstream }), budgetMs);
  });
  const run = work(budgetMs).then(
    (data): Section<T> => ({ status: 'ok', data }),
    (err): Section<T> => {
      if (!(err instanceof UpstreamUnavailableError)) throw err;
      return { status: 'degraded', code: err.reason === 'timeout' ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_UNAVAILABLE', upstream };
    },
  );
  try {
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The home screen in one answer: upstreams are asked concurrently, each within the budget. */
export class HomeService {
  constructor(private readonly deps: HomeDependencies) {}

  async of(user: AuthUser): Promise<Home> {
    const { auth, wallet: walletService, catalog, messages, budgetMs: budget } = this.deps;
    const today = chinaDate();
    const [row, unread] = await Promise.all([auth.userOf(user), messages.unreadCount(user.userId)]);

    // The wallet chain (holder, then its certificates) and the hot list run side by side; for a person the
    // holder needs no upstream, so the screen costs about one upstream round trip, not the sum.
    const [wallet, hot, holder] = await (async () => {
      const holderP = walletService.holderOf(user);
      const walletP = withinBudget('certificates', budget, async (t) => {
        const h = await holderP;
        const certs = await walletService.certificatesOf(h, { timeoutMs: t });
        const items = certs.map((c) => walletService.summarize(c, today));
        return {
          total: items.length,
          expiring: items.filter((c) => c.status === 'expiring').length,
          expired: items.filter((c) => c.status === 'expired').length,
          items: items.map((c) => ({ id: c.id, kindName: c.kindName, status: c.status })),
        };
      });
      // 热门服务 from our own usage counts (in-process, so it cannot be slow).
      const hotP = withinBudget('catalog', budget, async () => (await catalog.hot({ audience: user.identity.kind, limit: 8 })).items
        .map(({ code, name, departmentCode }) => ({ code, name, departmentCode })));
      // The holder's own failure is already reported through the wallet section.
      return Promise.all([walletP, hotP, holderP.catch(() => null)]);
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
      messages: { unread },
      degraded: [...new Set(degraded)],
    };
  }
}
