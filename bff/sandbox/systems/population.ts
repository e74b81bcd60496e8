import { isValidIdNumber } from '@zsb/shared/domain/id-number';
import type { FastifyInstance } from 'fastify';
import { badRequest, notFound } from '../http';
import type { SandboxStore } from '../store';

/** Population library (人口库): the registered facts about a person, by ID number. */
export function populationSystem(app: FastifyInstance, store: SandboxStore): void {
  app.get('/population/residents/:idNumber', async (req, reply) => {
    const { idNumber } = req.params as { idNumber: string };
    if (!isValidIdNumber(idNumber)) return badRequest(reply, 'idNumber is not a valid ID number');
    const p = store.peopleByIdNumber.get(idNumber);
    if (!p) return notFound(reply);
    const spouse = p.spousePersonaId ? store.peopleById.get(p.spousePersonaId) : undefined;
    return {
      idNumber: p.idNumber,
      name: p.name,
      gender: p.gender,
      birthDate: p.birthDate,
      ethnicity: p.ethnicity,
      address: p.address,
      region: p.residenceRegion,
      phone: p.phone,
      maritalStatus: p.maritalStatus,
      ...(spouse ? { spouseIdNumber: spouse.idNumber } : {}),
      householdNo: p.householdNo,
    };
  });
}
