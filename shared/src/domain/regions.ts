/**
 * The regions (GB/T 2260 six-digit codes) and departments this deployment serves.
 * One city with four districts; departments are municipal unless a district is named.
 */
export const CITY = { code: '330100', name: '杭州市' } as const;

export const DISTRICTS = [
  { code: '330102', name: '上城区' },
  { code: '330105', name: '拱墅区' },
  { code: '330106', name: '西湖区' },
  { code: '330108', name: '滨江区' },
] as const;

export type RegionCode = (typeof DISTRICTS)[number]['code'] | typeof CITY.code;

export const REGION_CODES: readonly string[] = [CITY.code, ...DISTRICTS.map((d) => d.code)];

export function regionName(code: string): string | undefined {
  if (code === CITY.code) return CITY.name;
  return DISTRICTS.find((d) => d.code === code)?.name;
}

/** Departments (承办单位). `code` is the stable key used by staff personas, items and work orders. */
export const DEPARTMENTS = [
  { code: 'gjj', name: '杭州住房公积金管理中心' },
  { code: 'mzj', name: '杭州市民政局' },
  { code: 'gaj', name: '杭州市公安局' },
  { code: 'rsj', name: '杭州市人力资源和社会保障局' },
  { code: 'ybj', name: '杭州市医疗保障局' },
  { code: 'scjgj', name: '杭州市市场监督管理局' },
  { code: 'swj', name: '国家税务总局杭州市税务局' },
  { code: 'jsj', name: '杭州市住房和城乡建设局' },
  { code: 'bdc', name: '杭州市不动产登记服务中心' },
  { code: 'wjw', name: '杭州市卫生健康委员会' },
  { code: 'jyj', name: '杭州市教育局' },
  { code: 'jtj', name: '杭州市交通运输局' },
  { code: 'sthjj', name: '杭州市生态环境局' },
  { code: 'cgj', name: '杭州市城市管理局' },
  { code: 'xfjy', name: '杭州市消防救援支队' },
  { code: 'wglj', name: '杭州市文化广电旅游局' },
  { code: 'nyncj', name: '杭州市农业农村局' },
  { code: 'sfj', name: '杭州市司法局' },
  { code: 'tyjrj', name: '杭州市退役军人事务局' },
  { code: 'cl', name: '杭州市残疾人联合会' },
] as const;

export type DepartmentCode = (typeof DEPARTMENTS)[number]['code'];

export const DEPARTMENT_CODES: readonly string[] = DEPARTMENTS.map((d) => d.code);

export function departmentName(code: string): string | undefined {
  return DEPARTMENTS.find((d) => d.code === code)?.name;
}
