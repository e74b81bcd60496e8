import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FormField, Material, ServiceItem, ServiceType } from '@zsb/shared/contracts/catalog';
import { CITY, DEPARTMENTS, DISTRICTS } from '@zsb/shared/domain/regions';
import { usccCheckChar } from '@zsb/shared/domain/uscc';
import { MATERIALS, applicationForm, field } from './library';
import { CORE_DEPARTMENTS, type DepartmentTemplate, type ItemTemplate } from './templates';
import { PEOPLE_DEPARTMENTS } from './templates-people';
import { BUSINESS_DEPARTMENTS } from './templates-business';
import { HOUSING_FUND_LOAN_WITHDRAWAL_CODE, housingFundLoanWithdrawalGuide } from './housing-fund-guide';
import { DATASET_PATH, type CatalogDataset } from './dataset';

/*
 * Deterministic catalog generator: templates → items.json. Run it after editing a template:
 *   cd bff && npx tsx src/features/catalog/dataset/generate.ts
 * A test checks that items.json is exactly what this produces.
 */


const TYPE_CODES: Record<ItemTemplate['type'], [ServiceType, string]> = {
  L: ['administrative_licensing', '01'],
  G: ['administrative_payment', '02'],
  C: ['administrative_confirmation', '03'],
  R: ['administrative_ruling', '04'],
  W: ['administrative_reward', '05'],
  O: ['other_administrative_power', '06'],
  S: ['public_service', '07'],
};

const DISTRICT_HALLS: Record<string, string> = {
  '330102': '杭州市上城区婺江路217号上城区政务服务中心',
  '330105': '杭州市拱墅区上塘路1号拱墅区政务服务中心',
  '330106': '杭州市西湖区文三路20号西湖区政务服务中心',
  '330108': '杭州市滨江区江南大道3850号滨江区政务服务中心',
};

const HOURS = '工作日 9:00-12:00，13:30-17:00（法定节假日除外）';
const HOURS_WITH_SATURDAY = `${HOURS}；周六 9:00-12:00 延时服务（仅限预约）`;

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** Small deterministic PRNG (mulberry32) so usage counts are stable across runs. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(s: string): number {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

function bodyUscc(deptIndex: number, regionIndex: number, region: string): string {
  // 1 = 机构编制, 1 = 机关; then region, then a 9-character organisation code.
  const first17 = `11${region}00${pad(deptIndex + 1, 3)}${pad(regionIndex, 4)}`;
  return first17 + usccCheckChar(first17);
}

function expandMaterial(spec: string, i: number, itemName: string): Material {
  if (spec === 'form') return { key: 'application_form', ...applicationForm(itemName) };
  const lib = MATERIALS[spec];
  if (lib) return { key: spec, ...lib };
  const base: Material = {
    key: `m${i + 1}`, name: spec, form: 'original', necessity: 'required', condition: null, count: 1, source: 'applicant',
    sourceNote: '申请人自备', certificateKind: null, blankForm: null, sample: null, note: null,
  };
  if (spec.startsWith('*')) return { ...base, name: spec.slice(1), form: 'copy' };
  if (spec.startsWith('+')) return { ...base, name: spec.slice(1), form: 'original_and_copy' };
  if (spec.startsWith('?')) {
    const [name, condition] = spec.slice(1).split('@');
    return { ...base, name: name!, necessity: 'conditional', condition: condition ?? null };
  }
  return base;
}

function parseResult(spec: string): ServiceItem['result'] {
  const [k, name, kind] = spec.split(':');
  const kinds: Record<string, ServiceItem['result']['kind']> = { C: 'certificate', D: 'document', A: 'approval_form', $: 'payment', N: 'none' };
  return { kind: kinds[k!] ?? 'document', name: name!, certificateKind: kind || null, delivery: ['window'] };
}

function deliveryOf(result: ServiceItem['result'], t: ItemTemplate): ServiceItem['result']['delivery'] {
  if (result.kind === 'payment') return ['electronic'];
  const d: ServiceItem['result']['delivery'] = ['window'];
  if (t.flags?.includes('E') || (result.kind === 'certificate' && t.depth >= 3)) d.push('express');
  if (t.depth >= 3 && result.kind !== 'none') d.push('electronic');
  return d;
}

function procedureOf(t: ItemTemplate, window: string, online: boolean, decision: string): ServiceItem['procedure'] {
  const steps: ServiceItem['procedure'] = [];
  if (online) {
    steps.push({ name: '网上申请', description: '登录掌上办填写申请表，证照库已有的材料直接调用，其余材料拍照或上传扫描件后提交。', actor: '申请人' });
    steps.push({ name: '预审', description: '受理窗口在1个工作日内预审，材料不全或不符合法定形式的，一次性告知需要补正的全部内容。', actor: '受理窗口' });
  } else {
    steps.push({ name: '窗口提交', description: `申请人携带申请材料到${window}提交（可提前预约）。`, actor: '申请人' });
  }
  if (t.days === 0) {
    steps.push({ name: '受理并办结', description: '材料齐全、符合法定形式的，当场受理并办结。', actor: '受理窗口' });
  } else {
    steps.push({ name: '受理', description: '材料齐全、符合法定形式的予以受理，出具受理通知书；不予受理的说明理由。', actor: '受理窗口' });
    if (online && t.visits > 0) steps.push({ name: '现场核验', description: `申请人按预约时间到${window}核验原件或采集信息。`, actor: '申请人' });
    steps.push({ name: '审查与决定', description: `承办处室审查，在承诺时限内作出${decision}。`, actor: '承办处室' });
  }
  steps.push({
    name: '办结送达',
    description: online ? '办理结果通过消息中心通知，证照类结果同步发放至证照库，纸质结果可选择窗口领取或快递送达。' : '申请人凭受理通知书到窗口领取办理结果。',
    actor: '受理窗口',
  });
  return steps;
}

function formOf(t: ItemTemplate): ServiceItem['form'] {
  if (!t.fields || t.depth < 3) return null;
  const extra = t.fields.map(field);
  const keys = new Set(extra.map((f) => f.key));
  // Setting up a business means no enterprise identity yet: the person applies.
  const asEnterprise = t.aud === 'E' && !keys.has('businessName');
  const base = (asEnterprise ? ['enterpriseName', 'uscc', 'contactPerson', 'phone'] : ['applicantName', 'applicantIdNumber', 'phone'])
    .filter((k) => !keys.has(k))
    .map(field);
  const fields: FormField[] = [...base, ...extra, field('agreeCommitment')];
  return { version: 1, fields };
}

function faqsOf(t: ItemTemplate, materials: Material[], legal: number | null): ServiceItem['faqs'] {
  const faqs = (t.faqs ?? []).map(([question, answer]) => ({ question, answer }));
  const fromWallet = materials.filter((m) => m.certificateKind).map((m) => m.name);
  if (fromWallet.length > 0) {
    faqs.push({ question: '哪些材料可以免于提交？', answer: `${fromWallet.join('、')}已在电子证照库的，网上申办时直接调用，无需提交原件或复印件。` });
  }
  faqs.push(
    t.days === 0
      ? { question: '可以当场办结吗？', answer: '材料齐全、符合法定形式的，当场办结。' }
      : {
          question: '多久能办好？',
          answer: `承诺${t.days}个工作日内办结${legal !== null ? `（法定时限${legal}个工作日）` : ''}，自受理之日起计算，法定节假日不计，调休上班日计入。`,
        },
  );
  return faqs;
}

interface Placement {
  dept: DepartmentTemplate;
  deptIndex: number;
  region: string;
  regionIndex: number;
  regionName: string;
  seq: number;
  templateIndex: number;
}

function buildItem(t: ItemTemplate, p: Placement): ServiceItem {
  const [type, typeCode] = TYPE_CODES[t.type];
  const code = `${p.dept.code.toUpperCase()}-${pad(p.seq, 4)}`;
  const baseCode = `${typeCode}${pad(p.deptIndex + 1, 4)}${pad(p.templateIndex + 1, 3)}000`;
  const uscc = bodyUscc(p.deptIndex, p.regionIndex, p.region);
  const deptName = DEPARTMENTS[p.deptIndex]!.name;
  const implementingBody = p.region === CITY.code ? deptName : p.dept.districtBody.replace('{d}', p.regionName);
  const windowNo = (hash(code) % 20) + 1;
  const window = `${p.dept.place.window}${windowNo}号窗口`;
  const address = p.region === CITY.code ? p.dept.place.address : `${DISTRICT_HALLS[p.region]}${p.dept.place.window}`;
  const phone = `0571-86${pad(p.deptIndex + 1, 2)}${pad(p.regionIndex, 2)}${pad((p.templateIndex % 90) + 10, 2)}`;
  const common = {
    code,
    baseCode,
    implementationCode: `${uscc}${baseCode}${pad(1, 3)}`,
    departmentCode: p.dept.code,
    implementingBody,
    region: p.region,
    place: { address, hours: '', window },
    enquiryPhone: phone,
    complaintPhone: '12345',
  };
  if (code === HOUSING_FUND_LOAN_WITHDRAWAL_CODE) {
    const guide = housingFundLoanWithdrawalGuide();
    return { ...common, ...guide, place: { ...common.place, hours: HOURS_WITH_SATURDAY } };
  }
  const materials = t.mat.map((s, i) => expandMaterial(s, i, t.name));
  if (t.visits > 0 && t.aud !== 'E') materials.push({ key: 'authorization', ...MATERIALS.authorization! });
  const legal = t.legal !== undefined ? t.legal : t.type === 'L' ? 20 : null;
  const form = formOf(t);
  const online = form !== null;
  const result = parseResult(t.result);
  result.delivery = deliveryOf(result, t);
  const flags = {
    appointment: (t.flags?.includes('A') ?? false) || t.visits > 0,
    onlinePayment: t.flags?.includes('P') ?? false,
    expressDelivery: result.delivery.includes('express'),
    selfServiceTerminal: t.flags?.includes('T') ?? false,
  };
  const decision = type === 'administrative_licensing' ? '准予或不予许可的决定' : type === 'administrative_payment' ? '给付决定' : '办理决定';
  return {
    ...common,
    name: t.name,
    aliases: t.aliases ?? [],
    type,
    legalBasis: t.basis ?? p.dept.basis,
    audience: t.aud === 'PE' ? ['personal', 'enterprise'] : t.aud === 'E' ? ['enterprise'] : ['personal'],
    lifeEvents: t.ev,
    conditions: t.cond,
    materials,
    procedure: procedureOf(t, window, online, decision),
    legalTimeLimitDays: legal,
    promisedTimeLimitDays: t.days,
    fee: t.fee ? { charged: true, standard: t.fee[0], basis: t.fee[1] } : { charged: false, standard: '不收费', basis: null },
    place: { address, hours: flags.appointment ? HOURS_WITH_SATURDAY : HOURS, window },
    result,
    onlineDepth: t.depth,
    visits: t.visits,
    flags,
    online,
    form,
    applyChannel: online ? 'case' : null,
    faqs: faqsOf(t, materials, legal),
    tips: t.tips ?? [],
  };
}

/** All department templates in the order of regions.ts DEPARTMENTS (codes do not depend on file layout). */
export function departmentTemplates(): DepartmentTemplate[] {
  const all = [...CORE_DEPARTMENTS, ...PEOPLE_DEPARTMENTS, ...BUSINESS_DEPARTMENTS];
  return DEPARTMENTS.map((d) => {
    const t = all.find((x) => x.code === d.code);
    if (!t) throw new Error(`no templates for department ${d.code}`);
    return t;
  });
}

export function generateCatalog(): CatalogDataset {
  const items: ServiceItem[] = [];
  const initialUsage: Record<string, number> = {};
  departmentTemplates().forEach((dept, deptIndex) => {
    let seq = 0;
    dept.items.forEach((t, templateIndex) => {
      const regions = t.districts
        ? DISTRICTS.map((d, i) => ({ code: d.code, name: d.name, index: i + 1 }))
        : [{ code: CITY.code, name: CITY.name, index: 0 }];
      for (const r of regions) {
        seq += 1;
        const item = buildItem(t, { dept, deptIndex, region: r.code, regionIndex: r.index, regionName: r.name, seq, templateIndex });
        items.push(item);
        const rand = prng(hash(item.code))();
        const weight = (t.pop ?? 8) / (t.districts ? 3 : 1);
        initialUsage[item.code] = Math.round(weight * 40 * (0.6 + rand * 0.8));
      }
    });
  });
  return { generatedBy: 'bff/src/features/catalog/dataset/generate.ts', count: items.length, items, initialUsage };
}

/** One item per line: small, and a regenerated file diffs item by item. */
export function serializeDataset(d: CatalogDataset): string {
  const items = d.items.map((i) => JSON.stringify(i)).join(',\n');
  const head = JSON.stringify({ generatedBy: d.generatedBy, count: d.count }).slice(0, -1);
  return `${head},\n"initialUsage":${JSON.stringify(d.initialUsage)},\n"items":[\n${items}\n]}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dataset = generateCatalog();
  writeFileSync(DATASET_PATH, serializeDataset(dataset));
  console.log(`wrote ${dataset.count} items to ${DATASET_PATH}`);
}
