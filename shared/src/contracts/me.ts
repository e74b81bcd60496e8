import { z } from 'zod';
import { defineRoute } from './route';
import { IdentityRefSchema } from './auth';

export const ProfileSchema = z.object({
  userId: z.string(),
  kind: z.enum(['resident', 'staff', 'operator']),
  name: z.string(),
  /** Masked unless revealed, e.g. `3301**********1234`. */
  idNumber: z.string(),
  phone: z.string().nullable(),
  gender: z.enum(['male', 'female']).nullable(),
  region: z.string().nullable(),
  regionName: z.string().nullable(),
  departmentCode: z.string().nullable(),
  identities: z.array(IdentityRefSchema),
  activeIdentity: IdentityRefSchema,
});
export type Profile = z.infer<typeof ProfileSchema>;

export const meRoutes = {
  me: defineRoute({
    method: 'GET', path: '/api/v1/me', tags: ['me'],
    summary: 'The signed-in person with masked ID number and phone, and the identities they can act as',
    response: ProfileSchema,
  }),
} as const;
