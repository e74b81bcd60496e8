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
      ...(p.guardianPersonaIds ? { guardianIdNumbers: p.guardianPersonaIds.map((id) => store.peopleById.get(id)!.idNumber) } : {}),
    };
  });

  // 户籍: the members of a household, with the guardians the register names for its minors.
  app.get('/population/households/:householdNo', async (req, reply) => {
    const { householdNo } = req.params as { householdNo: string };
    const members = store.data.people.filter((p) => p.householdNo === householdNo && p.kind === 'resident');
    if (members.length === 0) return notFound(reply);
    return {
      householdNo,
      members: members.map((p) => ({
        idNumber: p.idNumber, name: p.name, birthDate: p.birthDate,
        guardianIdNumbers: (p.guardianPersonaIds ?? []).map((id) => store.peopleById.get(id)!.idNumber),
      })),
    };
  });

  // 网格员 / 代办员 register of the community service stations.
  app.get('/population/community-helpers/:idNumber', async (req, reply) => {
    const { idNumber } = req.params as { idNumber: string };
    if (!isValidIdNumber(idNumber)) return badRequest(reply, 'idNumber is not a valid ID number');
    const p = store.peopleByIdNumber.get(idNumber);
    if (!p?.communityStation) return notFound(reply);
    return { idNumber: p.idNumber, name: p.name, station: p.communityStation, region: p.residenceRegion, phone: p.phone };
  });
}
