import { isValidIdNumber } from '@zsb/shared/domain/id-number';
import { isValidUscc } from '@zsb/shared/domain/uscc';
import type { FastifyInstance } from 'fastify';
import { badRequest, notFound } from '../http';
import type { SandboxStore } from '../store';

/** Legal-entity library (法人库): enterprises by USCC and the enterprises a person represents or acts for. */
export function legalSystem(app: FastifyInstance, store: SandboxStore): void {
  app.get('/legal/entities/:uscc', async (req, reply) => {
    const { uscc } = req.params as { uscc: string };
    if (!isValidUscc(uscc)) return badRequest(reply, 'uscc is not a valid unified social credit code');
    const e = store.data.enterprises.find((x) => x.uscc === uscc);
    if (!e) return notFound(reply);
    const rep = store.peopleById.get(e.legalRepresentativePersonaId)!;
    return {
      uscc: e.uscc,
      name: e.name,
      type: e.type,
      legalRepresentative: { name: rep.name, idNumber: rep.idNumber },
      registeredCapital: e.registeredCapital,
      establishedOn: e.establishedOn,
      address: e.address,
      region: e.region,
      status: e.status,
      businessScope: e.businessScope,
    };
  });

  app.get('/legal/entities', async (req, reply) => {
    const { personIdNumber } = req.query as { personIdNumber?: string };
    if (!personIdNumber || !isValidIdNumber(personIdNumber)) {
      return badRequest(reply, 'personIdNumber must be a valid ID number');
    }
    const p = store.peopleByIdNumber.get(personIdNumber);
    const entities: { uscc: string; name: string; role: 'legal_representative' | 'agent' }[] = [];
    if (p) {
      for (const e of store.data.enterprises) {
        if (e.legalRepresentativePersonaId === p.personaId) entities.push({ uscc: e.uscc, name: e.name, role: 'legal_representative' });
        if (e.agentPersonaIds.includes(p.personaId)) entities.push({ uscc: e.uscc, name: e.name, role: 'agent' });
      }
    }
    return { entities };
  });
}
