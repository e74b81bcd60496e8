import type { Material } from '@zsb/shared/contracts/catalog';
import type { BundleMaterialInput, CaseMaterialInput } from '@zsb/shared/contracts/cases';
import type { CertificateSummary } from '@zsb/shared/contracts/wallet';
import type { ErrorCode } from '@zsb/shared/errors';

/*
 * Which materials a submission provides and how: a wallet certificate by reference (免提交) or
 * the applicant's own uploads. Pure: the caller supplies the wallet and the applicant's upload ids.
 */

export type HeldCertificate = Pick<CertificateSummary, 'id' | 'kind' | 'kindName' | 'status'>;

export type ResolvedMaterial =
  | { key: string; name: string; source: 'wallet'; certificateId: string; kindName: string }
  | { key: string; name: string; source: 'upload'; uploadIds: string[] };

export interface MaterialProblem {
  code: Extract<ErrorCode, 'MATERIAL_MISSING' | 'MATERIAL_INVALID' | 'CERTIFICATE_NOT_HELD'>;
  path: string;
  message: string;
}

export interface MaterialResolution {
  materials: ResolvedMaterial[];
  problems: MaterialProblem[];
}

const USABLE = new Set<HeldCertificate['status']>(['valid', 'expiring']);

function usableCertificate(wallet: readonly HeldCertificate[], kind: string): HeldCertificate | undefined {
  return wallet.find((c) => c.kind === kind && USABLE.has(c.status));
}

/**
 * Checks the materials of one item's submission and completes them from the wallet.
 * - every input names a material of the item, once;
 * - a wallet reference must be a current certificate of the material's kind held by the applicant;
 * - uploads must be the applicant's own (`ownUploadIds`);
 * - a required material left out is attached from the wallet when a current certificate of its
 *   kind is there (证照库已有，免提交), and is missing otherwise.
 * Materials come back in the item's order.
 */
export function resolveMaterials(
  itemMaterials: readonly Material[],
  inputs: readonly CaseMaterialInput[],
  wallet: readonly HeldCertificate[],
  ownUploadIds: ReadonlySet<string>,
  pathPrefix = 'body.materials',
): MaterialResolution {
  const problems: MaterialProblem[] = [];
  const byKey = new Map<string, ResolvedMaterial>();
  const known = new Map(itemMaterials.map((m) => [m.key, m]));

  inputs.forEach((input, i) => {
    const at = `${pathPrefix}.${i}`;
    const material = known.get(input.materialKey);
    if (!material) return problems.push({ code: 'MATERIAL_INVALID', path: `${at}.materialKey`, message: 'not a material of this item' });
    if (byKey.has(material.key)) return problems.push({ code: 'MATERIAL_INVALID', path: `${at}.materialKey`, message: 'given twice' });
    if (input.source === 'wallet') {
      const cert = wallet.find((c) => c.id === input.certificateId);
      if (!material.certificateKind) {
        return problems.push({ code: 'MATERIAL_INVALID', path: `${at}.source`, message: 'this material cannot come from the wallet' });
      }
      if (!cert || cert.kind !== material.certificateKind || !USABLE.has(cert.status)) {
        return problems.push({ code: 'CERTIFICATE_NOT_HELD', path: `${at}.certificateId`, message: 'no current certificate of this kind in your wallet' });
      }
      byKey.set(material.key, { key: material.key, name: material.name, source: 'wallet', certificateId: cert.id, kindName: cert.kindName });
      return;
    }
    const foreign = input.uploadIds.findIndex((id) => !ownUploadIds.has(id));
    if (foreign >= 0) return problems.push({ code: 'MATERIAL_INVALID', path: `${at}.uploadIds.${foreign}`, message: 'no such upload' });
    if (new Set(input.uploadIds).size !== input.uploadIds.length) {
      return problems.push({ code: 'MATERIAL_INVALID', path: `${at}.uploadIds`, message: 'the same upload twice' });
    }
    byKey.set(material.key, { key: material.key, name: material.name, source: 'upload', uploadIds: [...input.uploadIds] });
  });

  for (const m of itemMaterials) {
    if (m.necessity !== 'required' || byKey.has(m.key)) continue;
    const cert = m.certificateKind ? usableCertificate(wallet, m.certificateKind) : undefined;
    if (cert) byKey.set(m.key, { key: m.key, name: m.name, source: 'wallet', certificateId: cert.id, kindName: cert.kindName });
    else problems.push({ code: 'MATERIAL_MISSING', path: `${pathPrefix}`, message: `missing: ${m.key}` });
  }

  const materials = itemMaterials.flatMap((m) => (byKey.has(m.key) ? [byKey.get(m.key)!] : []));
  return { materials, problems };
}

/** Same certificate kind or, without one, same name: the rule the bundle plan merges materials by. */
function mergeIdentity(m: Material): string {
  return m.certificateKind ? `kind:${m.certificateKind}` : `name:${m.name}`;
}

export interface BundleMaterialSplit {
  byItem: Record<string, CaseMaterialInput[]>;
  problems: MaterialProblem[];
}

/**
 * Spreads a bundle's material inputs over its child items: an input named by (item, key) serves
 * that item and every other applicable item that has the same material (same certificate kind or
 * same name), under that item's own key. An input for an item that does not apply is refused.
 */
export function splitBundleMaterials(
  items: ReadonlyArray<{ code: string; materials: readonly Material[] }>,
  inputs: readonly BundleMaterialInput[],
): BundleMaterialSplit {
  const problems: MaterialProblem[] = [];
  const byItem: Record<string, CaseMaterialInput[]> = Object.fromEntries(items.map((i) => [i.code, []]));
  const given = new Set<string>();

  inputs.forEach((input, i) => {
    const item = items.find((it) => it.code === input.itemCode);
    const material = item?.materials.find((m) => m.key === input.materialKey);
    if (!item) return problems.push({ code: 'MATERIAL_INVALID', path: `body.materials.${i}.itemCode`, message: 'item does not apply' });
    if (!material) return problems.push({ code: 'MATERIAL_INVALID', path: `body.materials.${i}.materialKey`, message: 'not a material of this item' });
    const identity = mergeIdentity(material);
    if (given.has(identity)) return problems.push({ code: 'MATERIAL_INVALID', path: `body.materials.${i}`, message: 'given twice' });
    given.add(identity);
    const { itemCode: _itemCode, ...rest } = input;
    for (const target of items) {
      const same = target.materials.find((m) => mergeIdentity(m) === identity);
      if (same) byItem[target.code]!.push({ ...rest, materialKey: same.key });
    }
  });
  return { byItem, problems };
}
