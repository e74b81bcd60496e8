import { isValidCertificateId } from '@zsb/shared/domain/certificate-id';
import { isValidIdNumber } from '@zsb/shared/domain/id-number';
import { isValidUscc } from '@zsb/shared/domain/uscc';
import type { FastifyInstance } from 'fastify';
import { badRequest, notFound } from '../http';
import type { SandboxStore } from '../store';

/** Certificate library (电子证照库): certificates by holder (ID number or USCC) and by GB/T 36904 identifier. */
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
}
