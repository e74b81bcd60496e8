import { makeUscc } from './issuers';
import type { Rng } from './prng';
import type { Enterprise } from './types';

interface EnterpriseSpec {
  name: string;
  prefix: '91' | '92';
  type: string;
  region: string;
  address: string;
  legalRep: string;
  agents?: string[];
  capital: string;
  established: string;
  status?: 'active' | 'cancelled';
  scope: string;
  food?: boolean;
}

// Legal representatives are fixed residents so roles stay stable across seed changes.
const SPECS: EnterpriseSpec[] = [
  {
    name: '杭州云栖数智科技有限公司', prefix: '91', type: '有限责任公司（自然人投资或控股）', region: '330106',
    address: '浙江省杭州市西湖区文三路477号华星科技大厦12层1203室', legalRep: 'r001', agents: ['r010'],
    capital: '100万元人民币', established: '2019-06-18',
    scope: '一般项目：软件开发；信息系统集成服务；数据处理和存储支持服务；技术服务、技术开发、技术咨询。',
  },
  {
    name: '杭州知味小馆餐饮管理有限公司', prefix: '91', type: '有限责任公司（自然人独资）', region: '330102',
    address: '浙江省杭州市上城区南山路202号', legalRep: 'r014', agents: ['r001'],
    capital: '50万元人民币', established: '2016-09-02', food: true,
    scope: '许可项目：餐饮服务；食品销售。一般项目：餐饮管理；外卖递送服务。',
  },
  {
    name: '杭州拱墅老街面馆', prefix: '92', type: '个体工商户', region: '330105',
    address: '浙江省杭州市拱墅区大关路88号', legalRep: 'r020', capital: '5万元人民币', established: '2014-04-11', food: true,
    scope: '许可项目：餐饮服务（小型餐馆）。',
  },
  {
    name: '杭州滨江启航电子科技有限公司', prefix: '91', type: '有限责任公司（自然人投资或控股）', region: '330108',
    address: '浙江省杭州市滨江区江南大道3850号创新大厦9楼', legalRep: 'r011', capital: '300万元人民币', established: '2021-03-15',
    scope: '一般项目：电子元器件制造；电子产品销售；技术进出口。',
  },
  {
    name: '杭州西湖龙井茶业有限公司', prefix: '91', type: '有限责任公司（自然人投资或控股）', region: '330106',
    address: '浙江省杭州市西湖区龙井路1号', legalRep: 'r004', capital: '200万元人民币', established: '2003-07-28', food: true,
    scope: '许可项目：食品生产；食品销售。一般项目：茶叶种植；初级农产品收购。',
  },
  {
    name: '杭州运河文化传媒有限公司', prefix: '91', type: '有限责任公司（自然人投资或控股）', region: '330105',
    address: '浙江省杭州市拱墅区丽水路58号', legalRep: 'r023', capital: '80万元人民币', established: '2018-11-20',
    scope: '一般项目：组织文化艺术交流活动；广告设计、代理；会议及展览服务。',
  },
  {
    name: '杭州上城鲜果坊食品商行', prefix: '92', type: '个体工商户', region: '330102',
    address: '浙江省杭州市上城区清泰街311号', legalRep: 'r007', capital: '10万元人民币', established: '2020-05-06', food: true,
    scope: '许可项目：食品销售（仅销售预包装食品）；水果零售。',
  },
  {
    name: '杭州之江建筑装饰工程有限公司', prefix: '91', type: '有限责任公司（自然人投资或控股）', region: '330106',
    address: '浙江省杭州市西湖区古墩路701号', legalRep: 'r026', capital: '500万元人民币', established: '2010-08-30',
    status: 'cancelled', scope: '建筑装饰装修工程设计与施工。',
  },
  {
    name: '杭州湖畔咖啡有限公司', prefix: '91', type: '有限责任公司（自然人独资）', region: '330108',
    address: '浙江省杭州市滨江区网商路699号1号楼底商', legalRep: 'r002', capital: '30万元人民币', established: '2022-10-10', food: true,
    scope: '许可项目：餐饮服务；食品销售。一般项目：咖啡豆销售。',
  },
  {
    name: '杭州明远物流有限公司', prefix: '91', type: '有限责任公司（自然人投资或控股）', region: '330105',
    address: '浙江省杭州市拱墅区莫干山路1418号', legalRep: 'r030', agents: ['r008'], capital: '1000万元人民币', established: '2012-02-14',
    scope: '一般项目：普通货物仓储服务；国内货物运输代理；道路货物运输（不含危险货物）。',
  },
];

/** The enterprises of the legal-entity library; each legal representative is a seeded resident. */
export function generateEnterprises(rng: Rng): Enterprise[] {
  return SPECS.map((s) => ({
    uscc: makeUscc(rng, s.prefix, s.region),
    name: s.name,
    type: s.type,
    legalRepresentativePersonaId: s.legalRep,
    agentPersonaIds: s.agents ?? [],
    registeredCapital: s.capital,
    establishedOn: s.established,
    address: s.address,
    region: s.region,
    status: s.status ?? 'active',
    businessScope: s.scope,
    food: s.food ?? false,
  }));
}
