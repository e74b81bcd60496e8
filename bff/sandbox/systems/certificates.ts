import { createHash } from 'node:crypto';
import { CERTIFICATE_KINDS, isValidCertificateId, makeCertificateId } from '@zsb/shared/domain/certificate-id';
import { isValidIdNumber } from '@zsb/shared/domain/id-number';
import { isValidUscc, usccCheckChar } from '@zsb/shared/domain/uscc';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { badRequest, notFound, parse } from '../http';
import { orgCodeCheckChar } from '../seed/issuers';
import type { SandboxStore } from '../store';

const IssueSchema = z.object({
  /** The issuing system's request id: the library is idempotent on it. */
  requestId: z.string().min(1).max(128),
  kind: z.enum(CERTIFICATE_KINDS.map((k) => k.kind) as [string, ...string[]]),
  holder: z.object({ id: z.string(), name: z.string().min(1).max(100), type: z.enum(['person', 'enterprise']) }),
  issuerName: z.string().min(1).max(100),
  /** Years of validity; absent: no end date. */
  validYears: z.number().int().min(1).max(50).optional(),
  fields: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).default({}),
});

/** A stable, valid USCC for an issuing authority the seed does not know (a government body, `11…`). */
function issuerUscc(name: string): string {
  const h = createHash('sha256').update(name).digest();
  const digits = Array.from(h.subarray(0, 8), (b) => String(b % 10)).join('');
  const body8 = `1${digits.slice(1)}`;
  const head = `11330100${body8}${orgCodeCheckChar(body8)}`;
  return head + usccCheckChar(head);
}

const addYears = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

/** Certificate library (电子证照库): certificates by holder (ID number or USCC) and by GB/T 36904 identifier; issuing. */
export function certificatesSystem(app: FastifyInstance, store: SandboxStore): void {
  app.get('/certificates', async (req, reply) => {
    const { holderId } = req.query as { holderId?: string };
    if (!holderId || !(isValidIdNumber(holderId) || isValidUscc(holderId))) {
      return badRequest(reply, 'holderId must be a valid ID number or USCC');
    }
    return { certificates: store.data.certificates.filter((c) => c.holder.id === holderId) };
  });

  app.get('/certificates/:certificateId', async (req, reply) => {
    const { certificateId } = req.params as { certificateId: string };
    if (!isValidCertificateId(certificateId)) return badRequest(reply, 'certificateId is not a valid certificate identifier');
    const c = store.certificatesById.get(certificateId);
    return c ?? notFound(reply);
  });

  // 统一发证: an authority issues a certificate into the library. Same requestId → the same certificate.
  app.post('/certificates/issuances', async (req, reply) => {
    const body = parse(IssueSchema, req.body);
    const earlier = store.issuancesByRequestId.get(body.requestId);
    if (earlier) return reply.code(200).send(earlier);
    const validHolder = body.holder.type === 'person' ? isValidIdNumber(body.holder.id) : isValidUscc(body.holder.id);
    if (!validHolder) return badRequest(reply, 'holder.id must be a valid ID number (person) or USCC (enterprise)');
    const info = CERTIFICATE_KINDS.find((k) => k.kind === body.kind)!;
    const issuer = { name: body.issuerName, uscc: issuerUscc(body.issuerName) };
    const seq = ++store.issuanceSeq;
    const today = store.referenceDate;
    const cert = {
      certificateId: makeCertificateId({ typeCode: info.typeCode, issuerUscc: issuer.uscc, serial: `N${today.replaceAll('-', '')}${String(seq).padStart(6, '0')}`, version: '001' }),
      kind: body.kind,
      kindName: info.name,
      number: `${today.replaceAll('-', '')}${String(seq).padStart(8, '0')}`,
      holder: body.holder,
      issuer,
      issuedOn: today,
      validFrom: today,
      validUntil: body.validYears ? addYears(today, body.validYears) : null,
      status: 'active' as const,
      fields: body.fields,
    };
    store.data.certificates.push(cert as (typeof store.data.certificates)[number]);
    store.certificatesById.set(cert.certificateId, cert as (typeof store.data.certificates)[number]);
    store.issuancesByRequestId.set(body.requestId, cert as (typeof store.data.certificates)[number]);
    return reply.code(201).send(cert);
  });
}
