import { isValidIdNumber } from '@zsb/shared/domain/id-number';
import type { FastifyInstance } from 'fastify';
import { badRequest, notFound } from '../http';
import type { SandboxStore } from '../store';

/** Social insurance: insurance types with status and the last 12 months of contributions. */
export function socialInsuranceSystem(app: FastifyInstance, store: SandboxStore): void {
  app.get('/social-insurance/records/:idNumber', async (req, reply) => {
    const { idNumber } = req.params as { idNumber: string };
    if (!isValidIdNumber(idNumber)) return badRequest(reply, 'idNumber is not a valid ID number');
    return store.data.socialInsurance.find((r) => r.idNumber === idNumber) ?? notFound(reply);
  });
}
