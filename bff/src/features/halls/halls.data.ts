import type { GeoArea } from '@zsb/shared/domain/geo';

/**
 * Service halls (政务服务中心) and their windows (窗口): synthetic seed data owned by the BFF.
 * Each window belongs to one department and carries a QR code that opens the rating page for it.
 * Ids are stable because printed QR codes and rating aggregates refer to them.
 */

export interface HallSeed {
  /** `H` + the GB/T 2260 code of the hall's region. */
  id: string;
  name: string;
  region: string;
  address: string;
  hours: string;
  /** The hall's enquiry phone (synthetic: 0571 and the region code). */
  phone: string;
  /** Where a phone may check in by location (WGS-84 centre of the building, radius covering its forecourt). */
  area: GeoArea;
  windows: WindowSeed[];
}

export interface WindowSeed {
  /** `<hallId>-W<nn>`. */
  id: string;
  /** The number shown above the window, e.g. `05`. */
  number: string;
  name: string;
  departmentCode: string;
}

const HOURS = '周一至周五 9:00—12:00，13:30—17:00（法定节假日除外）';

function windows(hallId: string, list: [name: string, departmentCode: string][]): WindowSeed[] {
  return list.map(([name, departmentCode], i) => {
    const number = String(i + 1).padStart(2, '0');
    return { id: `${hallId}-W${number}`, number, name, departmentCode };
  });
}

export const HALLS: readonly HallSeed[] = [
  {
    id: 'H330100',
    name: '杭州市民之家政务服务中心',
    region: '330100',
    address: '杭州市上城区市民街 200 号市民中心 D 座',
    hours: HOURS,
    phone: '0571-12345100',
    area: { latitude: 30.2453, longitude: 120.2106, radiusMeters: 250 },
    windows: windows('H330100', [
      ['住房公积金提取窗口', 'gjj'],
      ['住房公积金贷款窗口', 'gjj'],
      ['社会保障综合窗口', 'rsj'],
      ['医疗保障窗口', 'ybj'],
      ['不动产登记窗口', 'bdc'],
      ['出入境业务窗口', 'gaj'],
      ['企业开办窗口', 'scjgj'],
      ['税务综合窗口', 'swj'],
      ['交通运输窗口', 'jtj'],
      ['卫生健康窗口', 'wjw'],
    ]),
  },
  {
    id: 'H330102',
    name: '上城区政务服务中心',
    region: '330102',
    address: '杭州市上城区望江东路 58 号',
    hours: HOURS,
    phone: '0571-87330102',
    area: { latitude: 30.2178, longitude: 120.1989, radiusMeters: 250 },
    windows: windows('H330102', [
      ['婚姻登记窗口', 'mzj'],
      ['户籍业务窗口', 'gaj'],
      ['社会保障窗口', 'rsj'],
      ['医疗保障窗口', 'ybj'],
      ['企业开办窗口', 'scjgj'],
      ['税务综合窗口', 'swj'],
    ]),
  },
  {
    id: 'H330105',
    name: '拱墅区政务服务中心',
    region: '330105',
    address: '杭州市拱墅区湖墅南路 200 号',
    hours: HOURS,
    phone: '0571-88330105',
    area: { latitude: 30.2868, longitude: 120.1545, radiusMeters: 250 },
    windows: windows('H330105', [
      ['婚姻登记窗口', 'mzj'],
      ['户籍业务窗口', 'gaj'],
      ['社会保障窗口', 'rsj'],
      ['住房公积金窗口', 'gjj'],
      ['企业开办窗口', 'scjgj'],
      ['不动产登记窗口', 'bdc'],
      ['退役军人服务窗口', 'tyjrj'],
    ]),
  },
  {
    id: 'H330106',
    name: '西湖区政务服务中心',
    region: '330106',
    address: '杭州市西湖区文三路 395 号',
    hours: HOURS,
    phone: '0571-87330106',
    area: { latitude: 30.2772, longitude: 120.1318, radiusMeters: 250 },
    windows: windows('H330106', [
      ['婚姻登记窗口', 'mzj'],
      ['户籍业务窗口', 'gaj'],
      ['社会保障窗口', 'rsj'],
      ['医疗保障窗口', 'ybj'],
      ['住房公积金窗口', 'gjj'],
      ['企业开办窗口', 'scjgj'],
      ['残疾人服务窗口', 'cl'],
      ['教育服务窗口', 'jyj'],
    ]),
  },
  {
    id: 'H330108',
    name: '滨江区政务服务中心',
    region: '330108',
    address: '杭州市滨江区江汉路 1515 号',
    hours: HOURS,
    phone: '0571-86330108',
    area: { latitude: 30.2082, longitude: 120.2118, radiusMeters: 250 },
    windows: windows('H330108', [
      ['婚姻登记窗口', 'mzj'],
      ['户籍业务窗口', 'gaj'],
      ['社会保障窗口', 'rsj'],
      ['企业开办窗口', 'scjgj'],
      ['税务综合窗口', 'swj'],
      ['城市管理窗口', 'cgj'],
    ]),
  },
];
