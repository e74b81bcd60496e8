import type { LifeEvent } from '@zsb/shared/contracts/catalog';

/**
 * One line per service item, per department. The generator (generate.ts) expands each into a
 * full ServiceItem: codes, procedure, place, phones, flags, FAQs, form. Synthetic but modelled
 * on real Zhejiang/Hangzhou guides. Append new items at the END of a department's list: codes
 * are assigned in order, and bundles and tests refer to them.
 */
export interface ItemTemplate {
  name: string;
  aliases?: string[];
  /** L 行政许可 · G 行政给付 · C 行政确认 · R 行政裁决 · W 行政奖励 · O 其他行政权力 · S 公共服务 */
  type: 'L' | 'G' | 'C' | 'R' | 'W' | 'O' | 'S';
  aud: 'P' | 'E' | 'PE';
  ev: LifeEvent[];
  /** Legal basis; the department's default when absent. */
  basis?: string[];
  cond: string[];
  /**
   * Materials: a library key (library.ts), `form` (the item's application form), or inline text:
   * `名称` original · `*名称` copy · `+名称` original and copy · `?名称@情形` conditional.
   */
  mat: string[];
  /** 法定办结时限 (working days); default 20 for licences, none otherwise. */
  legal?: number | null;
  /** 承诺办结时限 (working days), 0 = 即办. */
  days: number;
  /** [收费标准, 收费依据] when charged. */
  fee?: [string, string];
  /** `C:名称:certificateKind` certificate · `D:名称` document · `A:名称` approval · `$:名称` payment · `N:名称` none. */
  result: string;
  depth: 1 | 2 | 3 | 4;
  visits: 0 | 1 | 2;
  /** A 可预约 · P 可网上支付 · E 可快递送达 · T 可自助终端办理 */
  flags?: string;
  /** Extra form fields (library keys or `key:type[!]:label[:opts]`); with depth ≥ 3 the item is online. */
  fields?: string[];
  /** Implemented by each district instead of the city. */
  districts?: boolean;
  faqs?: [string, string][];
  tips?: string[];
  /** Relative popularity (drives the initial usage counts). */
  pop?: number;
}

export interface DepartmentTemplate {
  code: string;
  /** Default legal basis. */
  basis: string[];
  /** City hall address and window. */
  place: { address: string; window: string };
  /** Name of the district-level counterpart, `{d}` = district name. */
  districtBody: string;
  items: ItemTemplate[];
}

export const WORKER_FUND = ['《住房公积金管理条例》', '《浙江省住房公积金条例》'];
export const MARRIAGE = ['《中华人民共和国民法典》', '《婚姻登记条例》'];
export const ASSIST = ['《社会救助暂行办法》', '《浙江省社会救助条例》'];
export const HUKOU = ['《中华人民共和国户口登记条例》', '《浙江省户籍管理规定》'];
export const ID = ['《中华人民共和国居民身份证法》'];
export const TRAFFIC = ['《中华人民共和国道路交通安全法》', '《机动车驾驶证申领和使用规定》'];
export const SOCIAL = ['《中华人民共和国社会保险法》'];
export const COMPANY = ['《中华人民共和国公司法》', '《中华人民共和国市场主体登记管理条例》'];
export const FOOD = ['《中华人民共和国食品安全法》', '《食品经营许可和备案管理办法》'];
export const TAX = ['《中华人民共和国税收征收管理法》'];
export const PROPERTY = ['《中华人民共和国民法典》', '《不动产登记暂行条例》'];
export const DOG = ['《杭州市限制养犬规定》', '《中华人民共和国动物防疫法》'];

/** Housing fund and civil affairs; the other departments are in templates-people.ts and templates-business.ts. */
export const CORE_DEPARTMENTS: DepartmentTemplate[] = [
  {
    code: 'gjj',
    basis: WORKER_FUND,
    place: { address: '杭州市上城区解放东路18号市民中心D座住房公积金服务大厅', window: '公积金综合窗口' },
    districtBody: '杭州住房公积金管理中心{d}分中心',
    items: [
      // GJJ-0001 is the seed-000 guide, written out in housing-fund-guide.ts; this line keeps its place.
      { name: '职工提取住房公积金偿还住房贷款', type: 'G', aud: 'P', ev: ['housing'], cond: ['见指南'], mat: [], days: 0, result: 'D:提取审批结果', depth: 4, visits: 0, pop: 100 },
      {
        name: '职工提取住房公积金支付房租', aliases: ['租房提取', '公积金付房租', '租房提公积金'], type: 'G', aud: 'P', ev: ['housing'],
        cond: ['职工本人及配偶在本市无自有住房且租赁住房的', '连续足额缴存住房公积金满3个月'], mat: ['id_card', 'lease_contract', '?婚姻状况证明@已婚职工提取配偶住房公积金的'],
        days: 1, result: '$:提取款项转入本人银行账户', depth: 4, visits: 0, fields: ['leaseAddress:text!:租赁房屋地址', 'monthlyRentFen:money!:月租金（元）', 'leaseStart:date!:租赁起始日期', 'bankAccount'], pop: 90,
        faqs: [['租房提取多久可以提一次？', '可按月、按季或按年提取，每年提取总额不超过当年实际房租支出且不超过规定限额。']],
      },
      {
        name: '职工购买自住住房提取住房公积金', aliases: ['购房提取', '买房提公积金'], type: 'G', aud: 'P', ev: ['housing'],
        cond: ['职工购买本市或户籍所在地自住住房的', '购房之日起3年内申请'], mat: ['id_card', 'purchase_contract', '+购房发票或契税完税凭证', 'property_certificate'],
        days: 3, result: '$:提取款项转入本人银行账户', depth: 4, visits: 0, fields: ['propertyAddress', 'purchaseDate:date!:购房日期', 'bankAccount'], pop: 70,
      },
      {
        name: '离退休提取住房公积金', aliases: ['退休提取公积金', '退休销户提取'], type: 'G', aud: 'P', ev: ['retirement', 'housing'],
        cond: ['职工达到法定退休年龄并办理退休手续的'], mat: ['id_card', '*退休证或养老保险待遇核定表'],
        days: 1, result: '$:账户余额本息一次性转入本人银行账户', depth: 4, visits: 0, fields: ['retiredOn:date!:退休日期', 'bankAccount', 'bankName'], pop: 40,
      },
      {
        name: '出境定居提取住房公积金', type: 'G', aud: 'P', ev: ['housing'],
        cond: ['职工出境定居且已注销本市户籍的'], mat: ['id_card', '+户籍注销证明', '+出境定居证明'], days: 5, result: '$:提取款项', depth: 2, visits: 1, flags: 'A',
      },
      {
        name: '职工死亡或被宣告死亡提取住房公积金', aliases: ['继承公积金'], type: 'G', aud: 'P', ev: ['funeral'],
        cond: ['职工死亡或被宣告死亡，由其继承人或受遗赠人申请'], mat: ['id_card', 'death_certificate', '+继承权公证书或人民法院生效法律文书'],
        days: 5, result: '$:提取款项', depth: 2, visits: 1, flags: 'A',
      },
      {
        name: '住房公积金个人住房贷款申请', aliases: ['公积金贷款', '公积金买房贷款'], type: 'S', aud: 'P', ev: ['housing'],
        cond: ['连续足额缴存住房公积金6个月以上', '购买、建造、翻建、大修自住住房', '无尚未还清的住房公积金贷款'],
        mat: ['id_card', 'marriage_certificate', 'purchase_contract', '*首付款付款凭证', '+收入证明'], days: 10, legal: 15,
        result: 'D:住房公积金借款合同', depth: 3, visits: 1, flags: 'A', pop: 60,
        fields: ['propertyAddress', 'loanAmountFen:money!:申请贷款金额（元）', 'loanYears:number!:贷款年限（年）', 'remark'],
        faqs: [['公积金贷款最高能贷多少？', '单方缴存最高贷款额度50万元，双方缴存最高100万元，具体以缴存余额倍数和房价比例核定。']],
      },
      {
        name: '住房公积金贷款提前还款', aliases: ['公积金提前还贷'], type: 'S', aud: 'P', ev: ['housing'],
        cond: ['已正常还款12期以上的住房公积金贷款借款人'], mat: ['id_card'], days: 0, result: 'D:提前还款凭证', depth: 4, visits: 0,
        fields: ['loanNo:text!:贷款合同号', 'prepayAmountFen:money!:提前还款金额（元）', 'prepayMode:radio!:还款方式:shorten=缩短期限|reduce=减少月供'],
      },
      {
        name: '住房公积金缴存基数调整', type: 'S', aud: 'E', ev: ['hiring'], cond: ['缴存单位每年按职工上年度月平均工资调整一次'],
        mat: ['*缴存基数调整清册'], days: 1, result: 'D:调整结果', depth: 4, visits: 0, fields: ['effectiveMonth:text!:调整生效年月', 'employeeCount'],
      },
      {
        name: '单位住房公积金缴存登记', aliases: ['单位公积金开户'], type: 'S', aud: 'E', ev: ['business_start', 'hiring'],
        cond: ['单位自设立之日起30日内申请办理'], mat: ['business_licence', '*法定代表人身份证件', '*经办人身份证件'], days: 1,
        result: 'D:单位住房公积金账号', depth: 4, visits: 0, fields: ['businessName', 'legalRepresentative', 'employeeCount', 'depositRate:select!:缴存比例:5=5%|8=8%|10=10%|12=12%'], pop: 30,
      },
      {
        name: '个人住房公积金账户转移接续', aliases: ['公积金异地转移', '公积金转入'], type: 'S', aud: 'P', ev: ['employment', 'housing'],
        cond: ['职工在异地之间流动就业并已在转入地建立住房公积金账户'], mat: ['id_card'], days: 3, result: 'D:转移接续结果', depth: 4, visits: 0,
        fields: ['fromCity:text!:转出城市', 'fromCenter:text!:转出地公积金中心'], pop: 35,
      },
      {
        name: '住房公积金缴存证明开具', aliases: ['公积金证明', '缴存证明'], type: 'S', aud: 'P', ev: ['housing', 'employment'],
        cond: ['在本中心缴存住房公积金的职工'], mat: ['id_card'], days: 1, result: 'D:住房公积金缴存证明（电子）', depth: 4, visits: 0, flags: 'T',
        fields: ['purposeType:select!:用途:loan=贷款|settle=落户|other=其他', 'remark'], pop: 55,
      },
      {
        name: '灵活就业人员住房公积金缴存登记', aliases: ['个体户交公积金', '自由职业公积金'], type: 'S', aud: 'P', ev: ['employment', 'housing'],
        cond: ['年满16周岁、在本市灵活就业的人员'], mat: ['id_card', 'bank_card'], days: 0, result: 'D:个人住房公积金账号', depth: 4, visits: 0,
        fields: ['monthlyDepositFen:money!:月缴存额（元）', 'bankAccount'],
      },
      {
        name: '住房公积金贷款结清证明开具', aliases: ['贷款结清证明'], type: 'S', aud: 'P', ev: ['housing'], cond: ['住房公积金贷款已全部结清'],
        mat: ['id_card'], days: 0, result: 'D:贷款结清证明', depth: 4, visits: 0, fields: ['loanNo:text!:贷款合同号'],
      },
      {
        name: '单位住房公积金账户封存与启封', type: 'S', aud: 'E', ev: ['business_operation'], cond: ['单位因停业、注销或恢复经营需封存或启封账户'],
        mat: ['business_licence', '*相关证明材料'], days: 3, result: 'D:账户状态变更结果', depth: 3, visits: 0, fields: ['operation:radio!:办理类型:seal=封存|unseal=启封', 'reason'],
      },
      {
        name: '单位缓缴住房公积金申请', type: 'S', aud: 'E', ev: ['business_operation'], cond: ['单位生产经营困难，经职工代表大会或工会讨论通过'],
        mat: ['business_licence', '*职工代表大会或工会讨论意见', '*近期财务报表'], days: 10, result: 'A:缓缴审批意见', depth: 3, visits: 1,
        fields: ['reason', 'deferMonths:number!:申请缓缴月数'],
      },
    ],
  },
  {
    code: 'mzj',
    basis: ['《中华人民共和国民法典》'],
    place: { address: '杭州市上城区解放东路18号市民中心C座民政服务窗口', window: '民政综合窗口' },
    districtBody: '杭州市{d}民政局',
    items: [
      {
        name: '内地居民结婚登记', aliases: ['结婚', '领证', '领结婚证', '登记结婚', '婚姻登记'], type: 'C', aud: 'P', ev: ['marriage'], basis: MARRIAGE,
        cond: ['男女双方自愿结婚', '男年满22周岁，女年满20周岁', '双方均无配偶', '双方没有直系血亲和三代以内旁系血亲关系'],
        mat: ['id_card', 'household_register', 'photo', '本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明'],
        legal: 0, days: 0, result: 'C:结婚证:marriage_certificate', depth: 2, visits: 1, flags: 'A', districts: true, pop: 95,
        tips: ['男女双方须共同到场，不得委托他人代办。', '2寸近期半身免冠合影照片3张（红底）。', '可提前在线预约登记时间，每日限号。'],
        faqs: [['户口不在本地可以登记吗？', '自2023年起浙江省实行婚姻登记“跨省通办”，一方具有本省户籍或居住证的可在本省登记。']],
      },
      {
        name: '内地居民离婚登记', aliases: ['离婚', '协议离婚'], type: 'C', aud: 'P', ev: ['marriage'], basis: MARRIAGE,
        cond: ['男女双方自愿离婚', '对子女抚养、财产及债务处理等事项协商一致', '离婚冷静期届满后30日内双方亲自到场'],
        mat: ['id_card', 'household_register', 'marriage_certificate', '离婚协议书（一式三份）'], legal: 30, days: 30,
        result: 'C:离婚证:', depth: 2, visits: 2, flags: 'A', districts: true, pop: 40,
      },
      {
        name: '补领结婚证', aliases: ['结婚证丢了', '结婚证补办'], type: 'C', aud: 'P', ev: ['marriage'], basis: MARRIAGE,
        cond: ['结婚证遗失或损毁，当事人双方均在世'], mat: ['id_card', 'household_register', 'photo'], days: 0,
        result: 'C:结婚证:marriage_certificate', depth: 3, visits: 1, flags: 'A', districts: true, fields: ['registeredOn:date!:原登记日期', 'spouseName:text!:配偶姓名', 'reason'],
      },
      {
        name: '婚姻登记记录证明', aliases: ['婚姻状况证明', '单身证明', '未婚证明'], type: 'S', aud: 'P', ev: ['marriage'], basis: MARRIAGE,
        cond: ['本人申请查询本人婚姻登记记录'], mat: ['id_card'], days: 1, result: 'D:婚姻登记记录证明（电子）', districts: true, depth: 4, visits: 0,
        fields: ['purposeType:select!:用途:house=购房|loan=贷款|settle=落户|other=其他'], pop: 45,
      },
      {
        name: '最低生活保障申请', aliases: ['低保', '申请低保', '低保户'], type: 'G', aud: 'P', ev: ['household'], basis: ASSIST,
        cond: ['共同生活的家庭成员人均收入低于当地最低生活保障标准', '家庭财产状况符合规定'],
        mat: ['id_card', 'household_register', 'income_statement', '家庭经济状况核对授权书'], legal: 30, days: 20,
        result: '$:按月发放低保金', depth: 3, visits: 1, districts: true, fields: ['address', 'familySize:number!:共同生活家庭人数', 'monthlyIncomeFen:money!:家庭月总收入（元）', 'reason'], pop: 30,
      },
      {
        name: '特困人员救助供养', aliases: ['五保', '特困供养'], type: 'G', aud: 'P', ev: ['household', 'disability'], basis: ASSIST,
        cond: ['无劳动能力', '无生活来源', '无法定赡养、抚养、扶养义务人或其义务人无履行能力'],
        mat: ['id_card', 'household_register', 'income_statement', '?残疾人证@因残疾无劳动能力的'], legal: 40, days: 30,
        result: '$:救助供养金', depth: 2, visits: 1, districts: true,
      },
      {
        name: '临时救助申请', aliases: ['急难救助', '临时困难补助'], type: 'G', aud: 'P', ev: ['household'], basis: ASSIST,
        cond: ['因火灾、交通事故、突发重大疾病等导致基本生活暂时出现严重困难的家庭或个人'],
        mat: ['id_card', 'household_register', '*困难情况证明材料'], days: 10, result: '$:临时救助金', depth: 3, visits: 0,
        districts: true, fields: ['address', 'reason', 'requestedFen:money!:申请救助金额（元）'],
      },
      {
        name: '社会团体成立登记', type: 'L', aud: 'E', ev: ['business_start'], basis: ['《社会团体登记管理条例》'],
        cond: ['有50个以上的个人会员或者30个以上的单位会员', '有规范的名称和相应的组织机构', '有合法的资产和经费来源'],
        mat: ['form', '章程草案', '*验资报告', '*住所使用权证明', '*发起人和拟任负责人基本情况'], days: 30, legal: 60,
        result: 'C:社会团体法人登记证书:', depth: 3, visits: 1, fields: ['orgName:text!:社会团体名称', 'memberCount:number!:会员数', 'address'],
      },
      {
        name: '民办非企业单位成立登记', aliases: ['社会服务机构登记'], type: 'L', aud: 'E', ev: ['business_start'], basis: ['《民办非企业单位登记管理暂行条例》'],
        cond: ['经业务主管单位审查同意', '有规范的名称、必要的组织机构', '有与其业务活动相适应的合法财产'],
        mat: ['form', '章程草案', '*验资报告', 'premises_proof'], days: 30, legal: 60, result: 'C:民办非企业单位登记证书:', depth: 3, visits: 1,
        fields: ['orgName:text!:单位名称', 'address', 'businessScope'],
      },
      {
        name: '高龄津贴申领', aliases: ['高龄补贴', '老年人补贴', '百岁老人补贴'], type: 'G', aud: 'P', ev: ['retirement'], basis: ['《中华人民共和国老年人权益保障法》', '《浙江省老年人权益保障条例》'],
        cond: ['本市户籍年满80周岁的老年人'], mat: ['id_card', 'household_register', 'bank_card'], days: 10, result: '$:按月发放高龄津贴',
        depth: 4, visits: 0, districts: true, fields: ['bankAccount', 'bankName'], pop: 35,
      },
      {
        name: '养老服务补贴申请', aliases: ['居家养老补贴'], type: 'G', aud: 'P', ev: ['retirement'], basis: ['《浙江省社会养老服务促进条例》'],
        cond: ['本市户籍60周岁以上低保、低边、失能或高龄老年人'], mat: ['id_card', 'household_register', '*老年人能力评估报告'], days: 15,
        result: '$:养老服务补贴', districts: true, depth: 3, visits: 0, fields: ['address', 'careLevel:select!:能力评估等级:1=轻度失能|2=中度失能|3=重度失能'],
      },
      {
        name: '惠民殡葬补贴申领', aliases: ['丧葬补贴', '殡葬费减免', '火化补贴'], type: 'G', aud: 'P', ev: ['funeral'], basis: ['《殡葬管理条例》', '《浙江省殡葬管理条例》'],
        cond: ['本市户籍居民死亡后在本市殡仪馆火化的'], mat: ['id_card', 'death_certificate', '*火化证明'], days: 10,
        result: '$:基本殡葬服务费用减免', districts: true, depth: 3, visits: 0, fields: ['deceasedName:text!:逝者姓名', 'deceasedIdNumber:idNumber!:逝者公民身份号码', 'relation:text!:与逝者关系', 'bankAccount'],
      },
      {
        name: '收养登记', type: 'C', aud: 'P', ev: ['birth', 'marriage'], basis: ['《中华人民共和国民法典》', '《中国公民收养子女登记办法》'],
        cond: ['收养人无子女或者只有一名子女', '有抚养、教育和保护被收养人的能力', '年满30周岁'], mat: ['id_card', 'household_register', 'marriage_certificate', '*收养评估报告'],
        legal: 30, days: 30, result: 'C:收养登记证:', depth: 1, visits: 2, flags: 'A',
      },
      {
        name: '慈善组织认定', type: 'C', aud: 'E', ev: ['business_operation'], basis: ['《中华人民共和国慈善法》'],
        cond: ['已设立的基金会、社会团体、社会服务机构', '以开展慈善活动为宗旨'], mat: ['form', '*章程', '*财务审计报告'], days: 20, legal: 20,
        result: 'D:慈善组织认定决定书', depth: 3, visits: 1, fields: ['orgName:text!:组织名称', 'reason'],
      },
      {
        name: '老年人优待证办理', aliases: ['老年证', '敬老证', '老年优待证'], type: 'S', aud: 'P', ev: ['retirement'], basis: ['《中华人民共和国老年人权益保障法》'],
        cond: ['年满60周岁的本市户籍老年人或持本市居住证的老年人'], mat: ['id_card', 'photo'], days: 5,
        result: 'C:老年人优待证:', depth: 4, visits: 0, flags: 'E', fields: ['address', 'deliveryMethod'], pop: 40,
      },
    ],
  },
];
