// 统一公共支付: payment notifications handled per second with 10% duplicates (redeliveries of the same
// signed bytes), every order paid exactly once (checked in the database afterwards), next to a bare
// Fastify hello-world measured in the same run.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { SqliteDatabase } from '../../bff/src/platform/db';
import { DEFAULT_PAYMENT_API_KEY, DEFAULT_PAYMENT_MCH_ID, encryptResource, paymentSignature } from '../../bff/sandbox/systems/payment';
import { promisedDueDate } from '@zsb/shared/domain/case-deadline';
import { ROOT, fmt, load, spawnJson, startServers, type BenchSection } from './lib';

const ORDERS = Number(process.env.BENCH_PAYMENT_ORDERS ?? 1000);
const DUPLICATE_SHARE = 0.1;
const CONNECTIONS = 50;
const AMOUNT = 2000;

export async function run(): Promise<BenchSection[]> {
  const hello = await spawnJson<{ url: string }>(path.join(ROOT, 'scripts/bench/hello.ts'));
  const s = await startServers({ PAYMENT_API_KEY: DEFAULT_PAYMENT_API_KEY });
  const dataDir = (s as unknown as { dataDir: string }).dataDir;
  let stopped = false;
  const stop = async () => { if (!stopped) { stopped = true; await s.stop(); } };
  try {
    const base = await load({ url: hello.info.url, seconds: 6, connections: CONNECTIONS });

    // ORDERS cases waiting for payment with their payment, written straight into the database.
    const now = new Date().toISOString();
    const dueDate = promisedDueDate(now, 5);
    const ids = Array.from({ length: ORDERS }, (_, i) => ({ caseId: `cs_bench${String(i).padStart(12, '0')}`, paymentId: `pay_${randomBytes(12).toString('hex')}` }));
    {
      const { sqlite } = SqliteDatabase.open(path.join(dataDir, 'zsb.db'));
      const insCase = sqlite.prepare(`INSERT INTO cases (id, number, kind, parent_id, applicant_user_id, applicant_kind, applicant_name, applicant_id_number,
        item_code, bundle_code, title, department_code, region, status, partial, promised_days, due_date, form, form_schema, answers, materials,
        correction_note, correction_at, submitted_at, updated_at, completed_at)
        VALUES (?, ?, 'item', NULL, ?, 'personal', '张伟', '330106198905127476', 'RSJ-0008', NULL, '社会保障卡补换', 'rsj', '330100', 'awaiting_payment', 0, 5, ?,
        NULL, NULL, NULL, '[]', NULL, NULL, ?, ?, NULL)`);
      const insPay = sqlite.prepare(`INSERT INTO payments (id, case_id, user_id, case_number, case_title, amount_fen, project_code, project_name, payee, payer_name,
        status, ordered_at, created_at, updated_at) VALUES (?, ?, ?, ?, '社会保障卡补换', ?, '103050301', '社会保障卡补卡工本费', '杭州市人力资源和社会保障局', '张伟', 'created', ?, ?, ?)`);
      sqlite.transaction(() => {
        ids.forEach(({ caseId, paymentId }, i) => {
          const number = `ZSB20991231${String(i).padStart(6, '0')}`;
          insCase.run(caseId, number, `bench-user-${i % 100}`, dueDate, now, now);
          insPay.run(paymentId, caseId, `bench-user-${i % 100}`, number, AMOUNT, now, now, now);
        });
      })();
      sqlite.close();
    }
    // The same orders at the platform, paid there with its own notifications switched off: this run sends them.
    const pay = (p: string, body?: unknown) => fetch(`${s.sandboxUrl}${p}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    await pay('/_control/pay/notifications', { mode: 'drop' });
    for (let i = 0; i < ids.length; i += 50) {
      await Promise.all(ids.slice(i, i + 50).map(async ({ paymentId }) => {
        const order = await pay('/pay/v3/pay/transactions/jsapi', { appid: 'wxzsbsandbox0001', mchid: DEFAULT_PAYMENT_MCH_ID, description: '社会保障卡补卡工本费', out_trade_no: paymentId, notify_url: `${s.bffUrl}/api/v1/payments/notify`, amount: { total: AMOUNT } });
        const paid = await pay(`/_control/pay/orders/${paymentId}/pay`);
        if (!order.ok || !paid.ok) throw new Error(`sandbox order ${paymentId}: ${order.status} ${paid.status}`);
      }));
    }

    // One notification per order, and 10% of them sent again (the same notification id and content, as a
    // redelivery), shuffled; each is signed when sent, with a fresh timestamp and nonce, as the platform does.
    const notices = ids.map(({ paymentId }, i) => JSON.stringify({
      id: `EV-bench-${i}`, create_time: now, resource_type: 'encrypt-resource', event_type: 'TRANSACTION.SUCCESS', summary: '支付成功',
      resource: { ...encryptResource(DEFAULT_PAYMENT_API_KEY, JSON.stringify({ mchid: DEFAULT_PAYMENT_MCH_ID, out_trade_no: paymentId, transaction_id: `4200bench${i}`, trade_state: 'SUCCESS', success_time: now, amount: { total: AMOUNT, payer_total: AMOUNT } }), 'transaction'), original_type: 'transaction' },
    }));
    const sends = [...notices, ...Array.from({ length: Math.round(ORDERS * DUPLICATE_SHARE) }, (_, i) => notices[(i * 7919) % ORDERS]!)];
    for (let i = sends.length - 1; i > 0; i--) { const j = Math.floor(Math.random() * (i + 1)); [sends[i], sends[j]] = [sends[j]!, sends[i]!]; }
    const signed = (body: string) => {
      const timestamp = String(Math.floor(Date.now() / 1000));
      const nonce = randomBytes(8).toString('hex');
      return { 'content-type': 'application/json', 'wechatpay-timestamp': timestamp, 'wechatpay-nonce': nonce, 'wechatpay-signature': paymentSignature(DEFAULT_PAYMENT_API_KEY, timestamp, nonce, body) };
    };

    let next = 0;
    const t0 = performance.now();
    const r = await autocannon({
      url: s.bffUrl, connections: CONNECTIONS, amount: sends.length,
      requests: [{
        setupRequest: (req: autocannon.Request) => {
          const body = sends[next++ % sends.length]!;
          return { ...req, method: 'POST', path: '/api/v1/payments/notify', headers: signed(body), body };
        },
      }] as unknown as autocannon.Request[],
    });
    const seconds = (performance.now() - t0) / 1000;
    await stop();

    // Exactly once: every payment paid with a receipt, every case resumed by one event, one record per notification.
    const { sqlite } = SqliteDatabase.open(path.join(dataDir, 'zsb.db'));
    const one = (q: string) => (sqlite.prepare(q).get() as { n: number }).n;
    const paid = one(`SELECT count(*) AS n FROM payments WHERE status = 'paid' AND case_id LIKE 'cs_bench%'`);
    const withReceipt = one(`SELECT count(*) AS n FROM payments WHERE receipt_number IS NOT NULL AND case_id LIKE 'cs_bench%'`);
    const resumed = one(`SELECT count(*) AS n FROM case_events WHERE from_status = 'awaiting_payment' AND to_status = 'accepted' AND case_id LIKE 'cs_bench%'`);
    const twice = one(`SELECT count(*) AS n FROM (SELECT case_id FROM case_events WHERE from_status = 'awaiting_payment' AND case_id LIKE 'cs_bench%' GROUP BY case_id HAVING count(*) > 1) x`);
    const accepted = one(`SELECT count(*) AS n FROM cases WHERE status = 'accepted' AND id LIKE 'cs_bench%'`);
    const recorded = one(`SELECT count(*) AS n FROM payment_notifications WHERE id LIKE 'EV-bench-%'`);
    sqlite.close();
    const exact = paid === ORDERS && resumed === ORDERS && twice === 0 && accepted === ORDERS && recorded === ORDERS;
    console.error(`  paid ${paid}/${ORDERS}, resumed ${resumed}, twice ${twice}, receipts ${withReceipt}, non-2xx ${r.non2xx}`);

    const rps = sends.length / seconds;
    return [{
      title: 'Payment notifications per second with 10% duplicates (POST /api/v1/payments/notify) vs bare Fastify hello-world',
      description: `autocannon, ${CONNECTIONS} connections, ${sends.length} notifications for ${ORDERS} orders (${Math.round(ORDERS * DUPLICATE_SHARE)} of them sent twice, the same signed bytes, shuffled). Each is checked (HMAC signature over timestamp, nonce and body, AES-256-GCM resource decrypted), recorded by its id (a redelivery is acknowledged without acting), the payment moved by a conditional update, the case moved from 待缴费 back to 已受理 with its event and message, and the 非税 receipt issued at the sandbox platform. Afterwards the database is checked.`,
      columns: ['server', 'req/s', 'p50 ms', 'p99 ms', 'share of hello-world'],
      rows: [
        ['bare Fastify hello-world', base.rps, base.p50, base.p99, '100%'],
        ['payment notifications (10% duplicates)', Math.round(rps), r.latency.p50, r.latency.p99, `${fmt((rps / base.rps) * 100)}%`],
      ],
      notes: [
        `${r['2xx']} acknowledged (204), ${r.non2xx} other answers, ${r.errors} errors in ${fmt(seconds)} s.`,
        `Exactly-once check: ${paid}/${ORDERS} payments paid, ${resumed} cases resumed (${twice} resumed twice), ${accepted} cases 已受理, ${recorded} notifications recorded — ${exact ? 'every order paid exactly once' : 'WRONG'}.`,
        `Receipts issued right after the answer: ${withReceipt}/${ORDERS} (the rest are left to the payments sweep, off in benchmarks, when the platform did not answer within the upstream timeout).`,
      ],
    }];
  } finally {
    await stop().catch(() => {});
    hello.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}
