import type { FastifyInstance } from 'fastify';

const HOT_SERVICES = [
  { code: 'gjj-withdraw-loan', name: '提取住房公积金（偿还住房贷款）', departmentCode: 'gjj' },
  { code: 'gjj-account-query', name: '住房公积金个人账户查询', departmentCode: 'gjj' },
  { code: 'mzj-marriage-booking', name: '婚姻登记预约', departmentCode: 'mzj' },
  { code: 'gaj-residence-permit', name: '居住证签注', departmentCode: 'gaj' },
  { code: 'gaj-id-card-renewal', name: '居民身份证换领', departmentCode: 'gaj' },
  { code: 'rsj-social-security-record', name: '社保参保证明打印', departmentCode: 'rsj' },
  { code: 'ybj-medical-transfer', name: '医保关系转移接续', departmentCode: 'ybj' },
  { code: 'scjgj-business-registration', name: '企业设立登记', departmentCode: 'scjgj' },
  { code: 'bdc-property-query', name: '不动产登记信息查询', departmentCode: 'bdc' },
  { code: 'jyj-school-enrolment', name: '义务教育入学报名', departmentCode: 'jyj' },
] as const;

/** Government service catalogue: the hot services list (placeholder until the BFF has its own catalogue). */
export function catalogSystem(app: FastifyInstance): void {
  app.get('/catalog/hot-services', async () => ({ items: HOT_SERVICES }));
}
