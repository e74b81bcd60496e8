import type { Home } from '@zsb/shared/contracts/home';
import { maskIdNumber } from '@zsb/shared/domain/masking';
import { chinaDate } from '@zsb/shared/domain/working-days';
import type { ContentLanguage } from '@zsb/shared/domain/content-language';
import type { AuthUser } from '../../platform/auth';
import type { AuditService } from '../../platform/audit';
import { withinBudget } from '../../platform/time-budget';
import type { AuthService } from '../auth';
import type { WalletService } from '../wallet';
import { coversCertificate } from '@zsb/shared/domain/mandates';
import type { MessagesService } from '../messages';

/** What home needs of the catalog: the hot list (sync or async, whichever the catalog answers). */
export interface HotServices {
  hot(opts: { audience?: 'personal' | 'enterprise'; limit: number }, lang?: ContentLanguage):
    | { items: { code: string; name: string; departmentCode: string }[] }
    | Promise<{ items: { code: string; name: string; departmentCode: string }[] }>;
}

export interface HomeDependencies {
  auth: Pick<AuthService, 'userOf'>;
  wallet: Pick<WalletService, 'holderOf' | 'certificatesOf' | 'summarize'>;
  catalog: HotServices;
  messages: Pick<MessagesService, 'unreadCount'>;
  /** Home reads the certificate library: every such read is audited. */
  audit: Pick<AuditService, 'record'>;
  /** The screen's time budget (ms). */
  budgetMs: number;
}

/** The home screen in one answer: upstreams are asked concurrently, each within the budget. */
export class HomeService {
  constructor(private readonly deps: HomeDependencies) {}

  /** The home screen; service names in `lang` (Accept-Language). */
  async of(user: AuthUser, lang: ContentLanguage = 'zh-Hans'): Promise<Home> {
    const { auth, wallet: walletService, catalog, messages, audit, budgetMs: budget } = this.deps;
    const today = chinaDate();
    const started = Date.now();
    const [row, unread] = await Promise.all([auth.userOf(user), messages.unreadCount(user.userId)]);

    // The wallet chain (holder, then its certificates) and the hot list run side by side; for a person the
    // holder needs no upstream, so the screen costs about one upstream round trip, not the sum.
    const [wallet, hot, holder] = await (async () => {
      const holderP = walletService.holderOf(user);
      // Swallowed here (the sections below report it); a rejection nobody awaits would crash the process.
      holderP.catch(() => undefined);
      let waitingOn = user.identity.kind === 'enterprise' ? 'legal' : 'certificates';
      const remaining = () => Math.max(1, budget - (Date.now() - started));
      const walletP = withinBudget(() => waitingOn, remaining(), async () => {
        const h = await holderP;
        waitingOn = 'certificates';
        // What is left of the budget after the holder lookup (the legal register, for an enterprise).
        const all = await walletService.certificatesOf(h, { timeoutMs: remaining() });
        // Acting for someone (代办): only the certificates the mandate shares are counted.
        const certs = all.filter((c) => !user.acting || coversCertificate(user.acting, c.certificateId));
        await audit.record({
          actor: `user:${user.userId}`, subject: h.subject, action: 'wallet.list', fields: ['summary'],
          purpose: 'home shows the wallet summary', channel: 'app', result: 'ok',
        });
        const items = certs.map((c) => walletService.summarize(c, today));
        return {
          total: items.length,
          expiring: items.filter((c) => c.status === 'expiring').length,
          expired: items.filter((c) => c.status === 'expired').length,
          items: items.map((c) => ({ id: c.id, kind: c.kind, kindName: c.kindName, status: c.status })),
        };
      });
      // 热门服务 from our own usage counts (in-process, so it cannot be slow).
      const hotP = withinBudget('catalog', remaining(), async () => (await catalog.hot({ audience: user.identity.kind, limit: 8 }, lang)).items
        .map(({ code, name, departmentCode }) => ({ code, name, departmentCode })));
      // The holder's name too waits no longer than the budget; its failure is reported through the wallet section.
      const holderNameP = withinBudget('legal', remaining(), () => holderP).catch(() => null);
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
      messages: { unread },
      degraded: [...new Set(degraded)],
    };
  }
}
