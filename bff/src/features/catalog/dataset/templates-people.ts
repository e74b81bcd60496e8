import { DOG, HUKOU, ID, SOCIAL, TRAFFIC, type DepartmentTemplate } from './templates';

/** Departments residents mostly deal with: police, HR and social security, health care, schools, disability, veterans, justice. */
export const PEOPLE_DEPARTMENTS: DepartmentTemplate[] = [
  {
    code: 'gaj',
    basis: HUKOU,
    place: { address: '杭州市上城区解放东路18号市民中心B座公安服务窗口', window: '公安综合窗口' },
    districtBody: '杭州市公安局{d}分局',
    items: [
      {
        name: '居民身份证换领', aliases: ['身份证到期', '换身份证', '身份证过期'], type: 'C', aud: 'P', ev: ['household'], basis: ID,
        cond: ['居民身份证有效期满或有效期满前3个月内', '登记项目变更或证件严重损坏'], mat: ['id_card', 'household_register', '?户籍所在地证明@异地换领的'],
        legal: 60, days: 15, fee: ['工本费每证20元', '《国家发展改革委 财政部关于降低居民身份证工本费标准的通知》'],
        result: 'C:居民身份证:id_card', depth: 3, visits: 1, flags: 'APET', fields: ['deliveryMethod', 'address'], pop: 85,
        faqs: [['可以网上预约吗？', '可通过本应用预约办理时间，到场采集指纹和照片即可，证件可快递到家。']],
      },
      {
        name: '居民身份证补领', aliases: ['身份证丢了', '身份证补办', '补办身份证'], type: 'C', aud: 'P', ev: ['household'], basis: ID,
        cond: ['居民身份证丢失'], mat: ['household_register', 'photo'], legal: 60, days: 15,
        fee: ['工本费每证40元', '《国家发展改革委 财政部关于降低居民身份证工本费标准的通知》'], result: 'C:居民身份证:id_card',
        depth: 3, visits: 1, flags: 'APET', fields: ['lostOn:date!:丢失日期', 'deliveryMethod', 'address'], pop: 75,
      },
      {
        name: '临时居民身份证申领', aliases: ['临时身份证'], type: 'C', aud: 'P', ev: ['household'], basis: ID,
        cond: ['正在申领、换领、补领居民身份证期间急需使用'], mat: ['household_register', 'photo'], days: 0,
        fee: ['工本费每证10元', '《财政部 国家发展改革委关于居民身份证收费标准及有关问题的通知》'], result: 'C:临时居民身份证:', depth: 1, visits: 1, flags: 'T',
      },
      {
        name: '出生登记', aliases: ['新生儿落户', '宝宝上户口', '报户口', '出生落户'], type: 'C', aud: 'P', ev: ['birth', 'household'],
        cond: ['婴儿出生后1个月内由监护人申报', '随父或随母落户'], mat: ['birth_certificate', 'household_register', 'marriage_certificate', 'id_card'],
        days: 5, result: 'D:户口簿新生儿页', depth: 4, visits: 0, flags: 'E', districts: true,
        fields: ['childName', 'childGender', 'childBirthDate', 'birthCertificateNo:text!:出生医学证明编号', 'settleWith:radio!:随父或随母落户:father=随父|mother=随母'], pop: 70,
      },
      {
        name: '户口迁入', aliases: ['落户', '迁户口', '人才落户', '投靠落户'], type: 'C', aud: 'P', ev: ['household', 'employment'],
        cond: ['符合本市人才引进、投靠亲属、购房等落户条件之一'], mat: ['id_card', 'household_register', '*落户条件证明材料', '?准予迁入证明@跨省迁移的'],
        days: 10, result: 'D:户口迁入结果及户口簿', depth: 3, visits: 1, flags: 'A',
        fields: ['settleType:select!:落户类型:talent=人才落户|relative=投靠亲属|house=购房落户', 'fromAddress:text!:原户籍地址', 'address'], pop: 60,
      },
      {
        name: '居住证申领', aliases: ['办居住证', '暂住证'], type: 'C', aud: 'P', ev: ['household'], basis: ['《居住证暂行条例》', '《浙江省流动人口居住登记条例》'],
        cond: ['离开常住户口所在地到本市居住半年以上', '有合法稳定就业、合法稳定住所或连续就读之一'],
        mat: ['id_card', 'photo', '+合法稳定住所、就业或就读证明'], days: 10, legal: 15, result: 'C:居住证:residence_permit',
        depth: 4, visits: 0, flags: 'ET', districts: true, fields: ['address', 'employer:text:工作单位', 'deliveryMethod'], pop: 80,
      },
      {
        name: '居住证签注', aliases: ['居住证续签', '居住证年审'], type: 'C', aud: 'P', ev: ['household'], basis: ['《居住证暂行条例》'],
        cond: ['居住证有效期内，在本市连续居住'], mat: ['residence_permit'], days: 0, result: 'C:居住证（签注）:residence_permit', depth: 4, visits: 0, flags: 'T',
        fields: ['address'], pop: 50,
      },
      {
        name: '普通护照签发', aliases: ['办护照', '出国护照'], type: 'L', aud: 'P', ev: ['culture_travel'], basis: ['《中华人民共和国护照法》'],
        cond: ['中国公民因前往外国定居、探亲、学习、就业、旅行等非公务原因出国'], mat: ['id_card', '?户口簿@未成年人申请的'], legal: 15, days: 7,
        fee: ['每本120元', '《国家发展改革委 财政部关于降低因私普通护照等出入境证件收费标准的通知》'], result: 'C:普通护照:', depth: 3, visits: 1, flags: 'APET',
        fields: ['travelPurpose:select!:出境事由:travel=旅游|study=学习|business=商务|visit=探亲', 'deliveryMethod', 'address'], pop: 55,
      },
      {
        name: '往来港澳通行证及签注', aliases: ['港澳通行证', '去香港', '港澳签注'], type: 'L', aud: 'P', ev: ['culture_travel'], basis: ['《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》'],
        cond: ['内地居民因私事前往香港、澳门'], mat: ['id_card'], legal: 15, days: 7,
        fee: ['证件每本60元，签注每次15元', '《国家发展改革委 财政部关于降低因私普通护照等出入境证件收费标准的通知》'], result: 'C:往来港澳通行证:',
        depth: 3, visits: 1, flags: 'APET', fields: ['endorsementType:select!:签注种类:tour=团队旅游|personal=个人旅游|visit=探亲', 'deliveryMethod'], pop: 50,
      },
      {
        name: '往来台湾通行证及签注', aliases: ['台湾通行证'], type: 'L', aud: 'P', ev: ['culture_travel'], basis: ['《中国公民往来台湾地区管理办法》'],
        cond: ['大陆居民因私事前往台湾地区'], mat: ['id_card'], legal: 15, days: 10, fee: ['证件每本60元，签注每次15元', '《国家发展改革委 财政部关于降低因私普通护照等出入境证件收费标准的通知》'],
        result: 'C:往来台湾通行证:', depth: 2, visits: 1, flags: 'AP',
      },
      {
        name: '养犬登记证核发', aliases: ['犬证', '狗证', '办狗证', '养狗登记', '犬只登记'], type: 'L', aud: 'P', ev: ['pets'], basis: DOG,
        cond: ['在重点管理区内养犬的，每户限养一只', '犬只已接种狂犬病疫苗并植入电子标识', '非烈性犬、大型犬'],
        mat: ['id_card', 'property_certificate', '*犬只狂犬病免疫证明', '*犬只正面、侧面照片'], days: 5, legal: 20,
        fee: ['登记费首年500元（重点管理区）', '《杭州市限制养犬规定》'], result: 'C:养犬登记证:', depth: 4, visits: 0, flags: 'PE',
        fields: ['dogName:text!:犬名', 'dogBreed:text!:品种', 'dogColor:text!:毛色', 'dogBirthDate:date!:犬只出生日期', 'address', 'immunizationNo:text!:免疫证号'], pop: 45,
      },
      {
        name: '养犬登记证延续（年检）', aliases: ['犬证年检', '狗证年审'], type: 'L', aud: 'P', ev: ['pets'], basis: DOG,
        cond: ['养犬登记证有效期届满前30日内', '犬只已按期接种狂犬病疫苗'], mat: ['id_card', '*犬只狂犬病免疫证明'], days: 3,
        fee: ['年检费每年300元（重点管理区）', '《杭州市限制养犬规定》'], result: 'C:养犬登记证（延续）:', depth: 4, visits: 0, flags: 'P',
        fields: ['dogLicenceNo:text!:养犬登记证号', 'immunizationNo:text!:免疫证号'],
      },
      {
        name: '机动车驾驶证换证', aliases: ['驾照到期', '换驾照', '驾驶证到期换证'], type: 'L', aud: 'P', ev: ['vehicle'], basis: TRAFFIC,
        cond: ['机动车驾驶证有效期满前90日内'], mat: ['driving_licence', 'id_card', '*身体条件证明'], days: 1,
        fee: ['工本费每证10元', '《国家发展改革委 财政部关于公安部门有关证照收费标准的通知》'], result: 'C:机动车驾驶证:driving_licence', depth: 4, visits: 0, flags: 'PET',
        fields: ['address', 'deliveryMethod'], pop: 65,
      },
      {
        name: '机动车驾驶证补证', aliases: ['驾照丢了', '补办驾照'], type: 'L', aud: 'P', ev: ['vehicle'], basis: TRAFFIC, cond: ['机动车驾驶证遗失'],
        mat: ['id_card'], days: 1, fee: ['工本费每证10元', '《国家发展改革委 财政部关于公安部门有关证照收费标准的通知》'],
        result: 'C:机动车驾驶证:driving_licence', depth: 4, visits: 0, flags: 'PE', fields: ['address', 'deliveryMethod'],
      },
      {
        name: '机动车注册登记', aliases: ['新车上牌', '上牌照', '买车上牌'], type: 'C', aud: 'PE', ev: ['vehicle'], basis: ['《中华人民共和国道路交通安全法》', '《机动车登记规定》'],
        cond: ['新购机动车已取得来历凭证、合格证和交强险', '在本市有住所或本市注册的单位'], mat: ['id_card', '+机动车来历凭证', '+机动车整车出厂合格证明', '*交强险凭证', '*车辆购置税完税证明'],
        legal: 2, days: 1, fee: ['号牌工本费100元，行驶证工本费10元', '《国家发展改革委 财政部关于公安部门有关证照收费标准的通知》'],
        result: 'C:机动车行驶证:vehicle_licence', depth: 2, visits: 1, flags: 'AP', pop: 50,
      },
      {
        name: '机动车检验合格标志核发', aliases: ['年检', '车辆年检', '免检标志', '电子年检标志'], type: 'C', aud: 'PE', ev: ['vehicle'], basis: ['《中华人民共和国道路交通安全法》'],
        cond: ['机动车在检验有效期满前3个月内', '交通违法和事故已处理完毕', '已投保交强险'], mat: ['vehicle_licence', '*交强险凭证'], days: 0,
        result: 'D:机动车检验合格标志（电子）', depth: 4, visits: 0, flags: 'T', fields: ['plateNumber'], pop: 60,
      },
      {
        name: '无犯罪记录证明开具', aliases: ['无犯罪证明', '良民证'], type: 'S', aud: 'P', ev: ['employment', 'culture_travel'], basis: ['《公安机关办理犯罪记录查询工作规定》'],
        cond: ['本市户籍人员或在本市居住的人员本人申请'], mat: ['id_card'], days: 3, result: 'D:无犯罪记录证明（电子）', depth: 4, visits: 0,
        fields: ['purposeType:select!:用途:job=就业|study=留学|visa=签证|other=其他', 'recipient:text:证明提交单位'], pop: 55,
      },
      {
        name: '公章刻制备案', aliases: ['刻章', '刻公章', '印章备案'], type: 'O', aud: 'E', ev: ['business_start'], basis: ['《印铸刻字业暨旧货业管理规则》', '《国务院关于第三批取消中央指定地方实施行政许可事项的决定》'],
        cond: ['已取得营业执照的企业'], mat: ['business_licence', '*法定代表人身份证件'], days: 1, result: 'D:印章备案信息', depth: 4, visits: 0,
        fields: ['businessName', 'legalRepresentative', 'sealKinds:select!:刻制印章:basic=公章+财务章+发票章|full=公章+财务章+发票章+合同章+法人章'], pop: 30,
      },
      {
        name: '户籍证明开具', aliases: ['户口证明', '亲属关系证明'], type: 'S', aud: 'P', ev: ['household'], cond: ['本人或有关单位因办理相关事项需要'],
        mat: ['id_card', 'household_register'], days: 1, result: 'D:户籍证明（电子）', depth: 4, visits: 0, flags: 'T',
        fields: ['proofType:select!:证明类型:residence=户籍证明|relation=亲属关系证明|cancel=注销户口证明', 'purpose:text!:用途'],
      },
      {
        name: '姓名变更登记', aliases: ['改名', '改名字'], type: 'C', aud: 'P', ev: ['household'], cond: ['有正当理由，未满18周岁的由监护人申请'],
        mat: ['id_card', 'household_register', '*变更理由证明'], days: 20, result: 'D:变更后的户口簿', depth: 2, visits: 2, flags: 'A',
      },
      {
        name: '死亡注销户口', aliases: ['注销户口', '销户'], type: 'C', aud: 'P', ev: ['funeral'], cond: ['公民死亡后1个月内，由户主、亲属或有关人员申报'],
        mat: ['death_certificate', 'household_register', '?逝者居民身份证@能提供的'], days: 1, result: 'D:注销户口证明', depth: 4, visits: 0,
        fields: ['deceasedName:text!:逝者姓名', 'deceasedIdNumber:idNumber!:逝者公民身份号码', 'relation:text!:与逝者关系'],
      },
      {
        name: '交通违法处理', aliases: ['违章处理', '罚单缴纳', '交罚款'], type: 'O', aud: 'PE', ev: ['vehicle'], basis: ['《中华人民共和国道路交通安全法》', '《道路交通安全违法行为处理程序规定》'],
        cond: ['机动车有未处理的非现场交通违法记录'], mat: ['driving_licence', 'vehicle_licence'], days: 0, result: '$:罚款缴纳凭证', depth: 4, visits: 0, flags: 'PT',
        fields: ['plateNumber', 'violationNo:text!:违法记录编号'], pop: 70,
      },
      {
        name: '大型群众性活动安全许可', type: 'L', aud: 'E', ev: ['business_operation', 'culture_travel'], basis: ['《大型群众性活动安全管理条例》'],
        cond: ['预计参加人数在1000人以上的大型群众性活动', '活动举办前20日提出申请'], mat: ['form', '*安全工作方案', '*场所管理者同意使用证明'],
        days: 7, legal: 7, result: 'A:大型群众性活动安全许可决定书', depth: 3, visits: 1, fields: ['eventName:text!:活动名称', 'eventDate:date!:活动日期', 'attendance:number!:预计人数', 'venue:text!:活动场所'],
      },
      {
        name: '旅馆业特种行业许可证核发', aliases: ['民宿许可', '开旅馆'], type: 'L', aud: 'E', ev: ['business_start'], basis: ['《旅馆业治安管理办法》'],
        cond: ['房屋建筑、消防设备、出入口和通道等符合国家有关规定', '配备旅客住宿登记系统'], mat: ['business_licence', 'premises_proof', 'floor_plan', '*消防安全检查合格证明'],
        days: 10, result: 'C:特种行业许可证:', depth: 3, visits: 1, fields: ['businessAddress', 'roomCount:number!:客房数量', 'legalRepresentative'],
      },
    ],
  },
  {
    code: 'rsj',
    basis: SOCIAL,
    place: { address: '杭州市上城区解放东路18号市民中心A座人力社保服务窗口', window: '人社综合窗口' },
    districtBody: '杭州市{d}人力资源和社会保障局',
    items: [
      {
        name: '失业保险金申领', aliases: ['失业金', '领失业金', '失业补助'], type: 'G', aud: 'P', ev: ['employment'], basis: [...SOCIAL, '《失业保险条例》'],
        cond: ['失业前用人单位和本人已缴纳失业保险费满1年', '非因本人意愿中断就业', '已办理失业登记并有求职要求'],
        mat: ['id_card', 'social_security_card', '*解除或终止劳动关系证明'], days: 5, legal: 10, result: '$:按月发放失业保险金', depth: 4, visits: 0,
        fields: ['lastEmployer:text!:原工作单位', 'separationDate:date!:离职日期', 'bankAccount'], pop: 75,
      },
      {
        name: '就业登记', aliases: ['入职登记', '招工备案'], type: 'S', aud: 'E', ev: ['hiring'], basis: ['《中华人民共和国就业促进法》', '《就业服务与就业管理规定》'],
        cond: ['用人单位招用人员之日起30日内'], mat: ['business_licence', 'labour_contract'], days: 0, result: 'D:就业登记信息', depth: 4, visits: 0,
        fields: ['employeeName:text!:员工姓名', 'employeeIdNumber:idNumber!:员工公民身份号码', 'hiredOn:date!:用工日期'],
      },
      {
        name: '就业困难人员认定', type: 'C', aud: 'P', ev: ['employment', 'disability'], basis: ['《中华人民共和国就业促进法》'],
        cond: ['本市户籍且已办理失业登记', '属于大龄、残疾、低保家庭等就业困难情形之一'], mat: ['id_card', '*就业困难情形证明'], days: 10,
        result: 'D:就业困难人员认定结果', depth: 3, visits: 0, fields: ['difficultyType:select!:困难情形:age=大龄失业|disabled=残疾|lowincome=低保家庭|other=其他', 'reason'],
      },
      {
        name: '技能人员职业资格和职业技能等级证书查询', aliases: ['职业资格证查询', '技能证书验证'], type: 'S', aud: 'PE', ev: ['employment'], basis: ['《中华人民共和国职业教育法》'],
        cond: ['持证人本人或用人单位查询'], mat: [], days: 0, result: 'D:证书查询结果', depth: 4, visits: 0, fields: ['certificateNo:text!:证书编号'],
      },
      {
        name: '灵活就业人员社会保险登记', aliases: ['个人交社保', '自由职业社保', '灵活就业参保'], type: 'S', aud: 'P', ev: ['social_security', 'employment'],
        cond: ['无雇工的个体工商户、非全日制从业人员及其他灵活就业人员'], mat: ['id_card'], days: 0, result: 'D:参保登记信息', depth: 4, visits: 0,
        fields: ['address', 'insuranceKinds:select!:参保险种:pension=养老保险|both=养老保险+医疗保险'], pop: 50,
      },
      {
        name: '基本养老保险待遇申领', aliases: ['退休', '办退休', '养老金申领', '领养老金', '退休手续'], type: 'G', aud: 'P', ev: ['retirement', 'social_security'],
        basis: [...SOCIAL, '《国务院关于完善企业职工基本养老保险制度的决定》'],
        cond: ['达到法定退休年龄', '累计缴费年限满15年'], mat: ['id_card', 'social_security_card', '?档案材料@需核定视同缴费年限的'],
        days: 10, legal: 20, result: '$:按月发放基本养老金', depth: 4, visits: 0, fields: ['retireDate:date!:申请退休日期', 'bankAccount', 'bankName'], pop: 65,
      },
      {
        name: '社会保障卡申领', aliases: ['社保卡', '市民卡', '办社保卡'], type: 'S', aud: 'P', ev: ['social_security', 'birth'], basis: [...SOCIAL, '《社会保障卡管理办法》'],
        cond: ['在本市参加社会保险的人员'], mat: ['id_card', 'photo', '?出生医学证明@新生儿申领的'], days: 7, result: 'C:社会保障卡:social_security_card',
        depth: 4, visits: 0, flags: 'ET', fields: ['address', 'deliveryMethod', 'cardBank:select!:金融功能合作银行:icbc=工商银行|ccb=建设银行|abc=农业银行|boc=中国银行|hzb=杭州银行'], pop: 80,
      },
      {
        name: '社会保障卡补换', aliases: ['社保卡丢了', '社保卡补办', '换社保卡'], type: 'S', aud: 'P', ev: ['social_security'], basis: ['《社会保障卡管理办法》'],
        cond: ['社会保障卡遗失、损坏或有效期满'], mat: ['id_card'], days: 7, fee: ['补卡工本费20元（有效期满换卡免费）', '浙江省物价局关于社会保障卡收费的批复'],
        result: 'C:社会保障卡:social_security_card', depth: 4, visits: 0, flags: 'PET', fields: ['replaceReason:select!:补换原因:lost=遗失|damaged=损坏|expired=到期换卡', 'deliveryMethod'], pop: 55,
      },
      {
        name: '养老保险关系转移接续', aliases: ['社保转移', '养老保险转移', '社保异地转移'], type: 'S', aud: 'P', ev: ['social_security', 'employment'],
        basis: [...SOCIAL, '《城镇企业职工基本养老保险关系转移接续暂行办法》'], cond: ['参保人员跨统筹地区流动就业'], mat: ['id_card'], days: 15, legal: 45,
        result: 'D:转移接续结果', depth: 4, visits: 0, fields: ['fromCity:text!:转出地', 'fromAgency:text!:转出地社保经办机构'], pop: 45,
      },
      {
        name: '参保缴费证明打印', aliases: ['社保证明', '社保缴费证明', '社保记录'], type: 'S', aud: 'PE', ev: ['social_security', 'housing'],
        cond: ['参保人本人或参保单位'], mat: [], days: 0, result: 'D:社会保险参保证明（电子）', depth: 4, visits: 0, flags: 'T',
        fields: ['fromMonth:text!:起始年月', 'toMonth:text!:截止年月'], pop: 85,
      },
      {
        name: '工伤认定申请', aliases: ['工伤', '工伤申报'], type: 'C', aud: 'PE', ev: ['employment'], basis: ['《工伤保险条例》'],
        cond: ['职工发生事故伤害或被诊断为职业病', '单位在30日内、个人在1年内提出申请'], mat: ['id_card', 'form', 'labour_contract', 'medical_record'],
        days: 50, legal: 60, result: 'D:认定工伤决定书', depth: 3, visits: 1, fields: ['employer:text!:用人单位', 'injuryDate:date!:受伤日期', 'injuryDescription:textarea!:事故经过'],
      },
      {
        name: '劳动能力鉴定', type: 'C', aud: 'P', ev: ['employment', 'disability'], basis: ['《工伤保险条例》'],
        cond: ['已认定工伤，伤情相对稳定后存在残疾影响劳动能力'], mat: ['id_card', '*认定工伤决定书', 'medical_record'], days: 50, legal: 60,
        result: 'D:劳动能力鉴定结论', depth: 2, visits: 1, flags: 'A',
      },
      {
        name: '单位参保登记', aliases: ['单位社保开户', '企业社保开户'], type: 'S', aud: 'E', ev: ['business_start', 'hiring'], cond: ['用人单位自成立之日起30日内'],
        mat: ['business_licence'], days: 0, result: 'D:单位社会保险登记信息', depth: 4, visits: 0, fields: ['businessName', 'legalRepresentative', 'employeeCount', 'bankAccount', 'bankName'], pop: 35,
      },
      {
        name: '劳务派遣经营许可', type: 'L', aud: 'E', ev: ['business_operation'], basis: ['《中华人民共和国劳动合同法》', '《劳务派遣行政许可实施办法》'],
        cond: ['注册资本不少于人民币200万元', '有与开展业务相适应的固定经营场所和设施'], mat: ['form', 'business_licence', 'premises_proof', '*劳务派遣管理制度'],
        days: 15, legal: 20, result: 'C:劳务派遣经营许可证:', depth: 3, visits: 1, fields: ['registeredCapital', 'businessAddress'],
      },
      {
        name: '创业担保贷款申请', aliases: ['创业贷款', '创业贴息贷款'], type: 'G', aud: 'PE', ev: ['employment', 'business_start'], basis: ['《中华人民共和国就业促进法》'],
        cond: ['符合条件的城镇登记失业人员、高校毕业生、退役军人等', '创业实体已取得营业执照'], mat: ['id_card', 'business_licence', '*创业计划书'],
        days: 15, result: 'D:贷款担保及贴息审核结果', depth: 3, visits: 1, fields: ['loanAmountFen:money!:申请贷款金额（元）', 'businessName', 'reason'],
      },
      {
        name: '一次性创业补贴', aliases: ['创业补贴', '创业补助'], type: 'G', aud: 'P', ev: ['employment', 'business_start'], basis: ['《中华人民共和国就业促进法》'],
        cond: ['毕业5年内高校毕业生、登记失业人员等首次创办企业', '正常经营1年以上并带动就业'], mat: ['id_card', 'business_licence'],
        days: 20, result: '$:一次性创业补贴', depth: 4, visits: 0, fields: ['businessName', 'bankAccount'], pop: 30,
      },
      {
        name: '就业见习补贴申领', type: 'G', aud: 'E', ev: ['hiring'], cond: ['经认定的就业见习基地', '见习人员为离校2年内未就业高校毕业生等'],
        mat: ['business_licence', '*见习协议', '*见习人员花名册'], days: 20, result: '$:见习补贴', depth: 4, visits: 0, fields: ['employeeCount', 'bankAccount'],
      },
      {
        name: '劳动人事争议仲裁申请', aliases: ['劳动仲裁', '欠薪', '拖欠工资'], type: 'R', aud: 'P', ev: ['employment', 'legal_aid'], basis: ['《中华人民共和国劳动争议调解仲裁法》'],
        cond: ['劳动者与用人单位发生劳动争议', '自知道或应当知道权利被侵害之日起1年内'], mat: ['id_card', 'form', '*证据材料'], days: 45, legal: 45,
        result: 'D:仲裁裁决书或调解书', depth: 3, visits: 1, fields: ['employer:text!:被申请单位', 'claim:textarea!:仲裁请求', 'facts:textarea!:事实与理由'], pop: 40,
      },
      {
        name: '丧葬补助金和抚恤金申领', aliases: ['丧葬费', '抚恤金', '死亡待遇'], type: 'G', aud: 'P', ev: ['funeral', 'social_security'],
        cond: ['参保人员因病或非因工死亡的，由其遗属申请'], mat: ['id_card', 'death_certificate', '*亲属关系证明'], days: 10,
        result: '$:丧葬补助金和抚恤金', depth: 4, visits: 0, fields: ['deceasedName:text!:逝者姓名', 'deceasedIdNumber:idNumber!:逝者公民身份号码', 'bankAccount'],
      },
      {
        name: '城乡居民基本养老保险参保登记', aliases: ['城乡居民养老保险', '农保'], type: 'S', aud: 'P', ev: ['social_security', 'retirement'],
        cond: ['年满16周岁（不含在校学生）、非国家机关和事业单位工作人员', '不属于职工基本养老保险覆盖范围的本市户籍居民'], mat: ['id_card', 'household_register'],
        days: 0, result: 'D:参保登记信息', depth: 4, visits: 0, districts: true, fields: ['contributionLevel:select!:缴费档次:1=100元|2=300元|3=500元|4=1000元|5=2000元'],
      },
    ],
  },
  {
    code: 'ybj',
    basis: [...SOCIAL, '《医疗保障基金使用监督管理条例》'],
    place: { address: '杭州市上城区解放东路18号市民中心A座医保服务窗口', window: '医保综合窗口' },
    districtBody: '杭州市{d}医疗保障分局',
    items: [
      {
        name: '新生儿参加城乡居民基本医疗保险', aliases: ['新生儿医保', '宝宝医保', '新生儿参保'], type: 'S', aud: 'P', ev: ['birth', 'medical'],
        cond: ['新生儿出生后90日内参保的，自出生之日起享受待遇'], mat: ['birth_certificate', 'household_register'], days: 0,
        result: 'D:参保登记信息', depth: 4, visits: 0, fields: ['childName', 'childIdNumber:idNumber:新生儿公民身份号码', 'childBirthDate', 'guardianRelation:radio!:与新生儿关系:father=父亲|mother=母亲'], pop: 50,
      },
      {
        name: '城乡居民基本医疗保险参保登记', aliases: ['居民医保', '城乡医保'], type: 'S', aud: 'P', ev: ['medical', 'social_security'],
        cond: ['未参加职工基本医疗保险的本市户籍或持居住证人员'], mat: ['id_card'], days: 0, result: 'D:参保登记信息', depth: 4, visits: 0, districts: true,
        fields: ['personType:select!:人员类别:adult=成年居民|student=学生儿童|elder=老年居民'], pop: 50,
      },
      {
        name: '异地就医备案', aliases: ['异地就医', '外地看病', '跨省就医'], type: 'S', aud: 'P', ev: ['medical'], basis: ['《关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》'],
        cond: ['异地长期居住、常驻异地工作或临时外出就医的参保人员'], mat: ['id_card', '?居住证明或工作证明@长期居住或常驻异地的'], days: 0,
        result: 'D:异地就医备案凭证', depth: 4, visits: 0, flags: 'T',
        fields: ['filingType:select!:备案类型:resident=异地长期居住|worker=常驻异地工作|referral=转诊就医|temporary=临时外出就医', 'targetCity:text!:就医地', 'startDate:date!:开始日期'], pop: 90,
      },
      {
        name: '门诊慢特病待遇认定', aliases: ['慢性病', '特殊病种', '规定病种'], type: 'C', aud: 'P', ev: ['medical'], cond: ['参保人员患有规定的门诊慢性病或特殊病种'],
        mat: ['id_card', 'medical_record'], days: 10, result: 'D:门诊慢特病待遇认定结果', depth: 4, visits: 0,
        fields: ['disease:select!:病种:hypertension=高血压|diabetes=糖尿病|uremia=尿毒症透析|cancer=恶性肿瘤门诊治疗|other=其他', 'hospital:text!:定点医疗机构'], pop: 45,
      },
      {
        name: '医疗费用手工报销', aliases: ['医保报销', '零星报销', '看病报销'], type: 'G', aud: 'P', ev: ['medical'], cond: ['因急诊抢救、异地就医未能直接结算等原因全额垫付医疗费用'],
        mat: ['id_card', 'invoices', 'medical_record', 'bank_card'], days: 20, result: '$:报销款转入本人银行账户', depth: 4, visits: 0,
        fields: ['hospital:text!:就诊医院', 'visitDate:date!:就诊日期', 'totalFen:money!:医疗费用总额（元）', 'bankAccount'], pop: 60,
      },
      {
        name: '生育津贴申领', aliases: ['生育保险', '产假工资', '生育金'], type: 'G', aud: 'PE', ev: ['birth'], basis: [...SOCIAL, '《浙江省职工生育保险办法》'],
        cond: ['职工参加生育保险且已连续缴费', '按规定享受产假'], mat: ['id_card', 'birth_certificate', '?结婚证@需核对婚育信息的'], days: 10,
        result: '$:生育津贴', depth: 4, visits: 0, fields: ['childBirthDate', 'employer:text!:用人单位', 'bankAccount'], pop: 55,
      },
      {
        name: '基本医疗保险关系转移接续', aliases: ['医保转移'], type: 'S', aud: 'P', ev: ['medical', 'employment'], cond: ['参保人员跨统筹地区流动就业'],
        mat: ['id_card'], days: 15, result: 'D:转移接续结果', depth: 4, visits: 0, fields: ['fromCity:text!:转出地'],
      },
      {
        name: '职工医保个人账户家庭共济', aliases: ['家庭共济', '医保给家人用'], type: 'S', aud: 'P', ev: ['medical'], cond: ['职工医保参保人员与其配偶、父母、子女绑定'],
        mat: ['id_card', '?结婚证或户口簿@证明亲属关系的'], days: 0, result: 'D:共济关系绑定结果', depth: 4, visits: 0,
        fields: ['memberName:text!:共济人姓名', 'memberIdNumber:idNumber!:共济人公民身份号码', 'memberRelation:select!:关系:spouse=配偶|parent=父母|child=子女'], pop: 40,
      },
      {
        name: '医疗保障参保信息查询和参保凭证打印', aliases: ['医保凭证', '医保证明'], type: 'S', aud: 'PE', ev: ['medical'], cond: ['参保人本人'], mat: [],
        days: 0, result: 'D:参保凭证（电子）', depth: 4, visits: 0, flags: 'T', fields: ['purpose:text!:用途'],
      },
      {
        name: '单位医疗保险参保登记', type: 'S', aud: 'E', ev: ['business_start', 'hiring'], cond: ['用人单位自成立之日起30日内'], mat: ['business_licence'],
        days: 0, result: 'D:单位参保登记信息', depth: 4, visits: 0, fields: ['businessName', 'legalRepresentative', 'employeeCount'],
      },
      {
        name: '长期护理保险待遇申请', aliases: ['长护险', '失能护理'], type: 'G', aud: 'P', ev: ['retirement', 'disability', 'medical'], cond: ['参加基本医疗保险且经评估为重度失能的人员'],
        mat: ['id_card', 'medical_record', '*失能评估申请表'], days: 30, result: 'D:长期护理保险待遇评定结果', depth: 3, visits: 0,
        fields: ['address', 'careMode:select!:护理方式:home=居家护理|institution=机构护理'],
      },
      {
        name: '退休人员医保待遇核定', aliases: ['退休医保', '退休后医保'], type: 'C', aud: 'P', ev: ['retirement', 'medical'], cond: ['职工办理退休手续且医保缴费年限符合规定'],
        mat: ['id_card'], days: 10, result: 'D:退休人员医保待遇核定结果', depth: 4, visits: 0, fields: ['retireDate:date!:退休日期'],
      },
    ],
  },
  {
    code: 'wjw',
    basis: ['《中华人民共和国基本医疗卫生与健康促进法》'],
    place: { address: '杭州市上城区解放东路18号市民中心C座卫生健康窗口', window: '卫健窗口' },
    districtBody: '杭州市{d}卫生健康局',
    items: [
      {
        name: '出生医学证明首次签发', aliases: ['出生证', '出生证明', '办出生证'], type: 'C', aud: 'P', ev: ['birth'], basis: ['《中华人民共和国母婴保健法》'],
        cond: ['在本市助产机构内出生的新生儿'], mat: ['id_card', '?结婚证@父母信息需核对的'], days: 0, result: 'C:出生医学证明:', depth: 4, visits: 0,
        fields: ['childName', 'childGender', 'childBirthDate', 'birthHospital', 'motherName:text!:母亲姓名', 'fatherName:text!:父亲姓名'], pop: 60,
      },
      {
        name: '出生医学证明补发', aliases: ['出生证丢了'], type: 'C', aud: 'P', ev: ['birth'], basis: ['《中华人民共和国母婴保健法》'], cond: ['出生医学证明遗失'],
        mat: ['id_card', 'household_register', '*遗失声明'], days: 20, result: 'C:出生医学证明（补发）:', depth: 2, visits: 1,
      },
      {
        name: '生育登记', aliases: ['生育服务登记', '准生证', '二孩登记', '三孩登记'], type: 'S', aud: 'P', ev: ['birth', 'marriage'], basis: ['《中华人民共和国人口与计划生育法》', '《浙江省人口与计划生育条例》'],
        cond: ['夫妻双方至少一方为本省户籍或在本省居住'], mat: ['id_card', 'marriage_certificate'], days: 0, result: 'D:生育登记服务单（电子）', depth: 4, visits: 0,
        fields: ['spouseName', 'spouseIdNumber', 'childOrder:select!:生育子女数:1=一孩|2=二孩|3=三孩'], pop: 45,
      },
      {
        name: '计划生育家庭奖励扶助金申领', aliases: ['独生子女父母奖励', '计生奖励'], type: 'G', aud: 'P', ev: ['retirement'], basis: ['《浙江省人口与计划生育条例》'],
        cond: ['本省户籍独生子女父母年满60周岁'], mat: ['id_card', 'household_register', '*独生子女父母光荣证'], days: 20, result: '$:奖励扶助金', depth: 3, visits: 0,
        fields: ['bankAccount'],
      },
      {
        name: '医师执业注册', type: 'L', aud: 'P', ev: ['employment'], basis: ['《中华人民共和国医师法》', '《医师执业注册管理办法》'],
        cond: ['取得医师资格', '拟执业的医疗机构同意'], mat: ['id_card', '*医师资格证书', '*健康体检证明', '*拟执业机构聘用证明'], days: 10, legal: 20,
        result: 'C:医师执业证书:', depth: 4, visits: 0, fields: ['institution:text!:执业机构', 'practiceScope:text!:执业范围'],
      },
      {
        name: '护士执业注册', type: 'L', aud: 'P', ev: ['employment'], basis: ['《护士条例》'], cond: ['通过护士执业资格考试', '符合健康标准'],
        mat: ['id_card', '*护士执业资格考试成绩合格证明', '*健康体检证明'], days: 10, legal: 20, result: 'C:护士执业证书:', depth: 4, visits: 0,
        fields: ['institution:text!:执业机构'],
      },
      {
        name: '医疗机构执业许可', aliases: ['开诊所', '开医院'], type: 'L', aud: 'E', ev: ['business_start'], basis: ['《医疗机构管理条例》'],
        cond: ['符合医疗机构基本标准', '有适合的名称、组织机构和场所'], mat: ['form', 'business_licence', 'premises_proof', 'floor_plan', '*医务人员资格证书'],
        days: 30, legal: 45, result: 'C:医疗机构执业许可证:', depth: 3, visits: 1, fields: ['institutionName:text!:机构名称', 'businessAddress', 'bedCount:number:床位数'],
      },
      {
        name: '公共场所卫生许可', aliases: ['卫生许可证', '美容院许可', '游泳馆卫生许可'], type: 'L', aud: 'E', ev: ['business_start'], basis: ['《公共场所卫生管理条例》'],
        cond: ['宾馆、美容美发、游泳场所等公共场所', '卫生设施符合国家卫生标准'], mat: ['form', 'business_licence', 'floor_plan', '*卫生检测报告'],
        days: 10, legal: 20, result: 'C:公共场所卫生许可证:', depth: 4, visits: 0, flags: 'E', fields: ['businessAddress', 'businessArea', 'placeType:select!:场所类型:hotel=住宿|beauty=美容美发|swim=游泳|bath=沐浴'],
      },
      {
        name: '从业人员预防性健康检查', aliases: ['健康证', '办健康证', '食品健康证'], type: 'S', aud: 'P', ev: ['employment', 'business_start'], basis: ['《中华人民共和国食品安全法》', '《公共场所卫生管理条例》'],
        cond: ['从事食品生产经营、公共场所服务等直接为顾客服务的人员'], mat: ['id_card'], days: 3, fee: ['体检费按物价部门核定标准', '《浙江省医疗服务价格》'],
        result: 'C:健康合格证明:', depth: 3, visits: 1, flags: 'AP', fields: ['employer:text:工作单位', 'industry:select!:行业:food=食品|public=公共场所|drug=药品'], pop: 55,
      },
      {
        name: '预防接种证办理', aliases: ['疫苗本', '接种证', '宝宝打疫苗'], type: 'S', aud: 'P', ev: ['birth', 'medical'], basis: ['《中华人民共和国疫苗管理法》'],
        cond: ['儿童出生后1个月内到居住地接种单位办理'], mat: ['birth_certificate'], days: 0, result: 'C:预防接种证:', depth: 3, visits: 1, flags: 'A',
        fields: ['childName', 'childBirthDate', 'address'], pop: 40,
      },
      {
        name: '母婴保健技术服务执业许可', type: 'L', aud: 'E', ev: ['business_operation'], basis: ['《中华人民共和国母婴保健法实施办法》'],
        cond: ['已取得医疗机构执业许可证', '具备开展相应技术服务的设备和人员'], mat: ['form', '*医疗机构执业许可证', '*技术人员资格证书'], days: 20, legal: 20,
        result: 'C:母婴保健技术服务执业许可证:', depth: 2, visits: 1,
      },
      {
        name: '诊所备案', aliases: ['开诊所备案'], type: 'O', aud: 'E', ev: ['business_start'], basis: ['《医疗机构管理条例》', '《诊所备案管理暂行办法》'],
        cond: ['符合诊所基本标准', '主要负责人具有相应执业资格'], mat: ['business_licence', 'premises_proof', '*医师执业证书'], days: 0, result: 'D:诊所备案凭证',
        depth: 4, visits: 0, fields: ['institutionName:text!:诊所名称', 'businessAddress', 'legalRepresentative'],
      },
    ],
  },
  {
    code: 'jyj',
    basis: ['《中华人民共和国教育法》', '《中华人民共和国义务教育法》'],
    place: { address: '杭州市上城区解放东路18号市民中心C座教育服务窗口', window: '教育窗口' },
    districtBody: '杭州市{d}教育局',
    items: [
      {
        name: '义务教育小学新生入学登记', aliases: ['小学报名', '上小学', '一年级报名', '入学报名'], type: 'S', aud: 'P', ev: ['education'],
        cond: ['当年8月31日前年满6周岁的适龄儿童', '户籍或监护人居住证、房产在学区内'], mat: ['household_register', 'property_certificate', '?居住证@非本市户籍的'],
        days: 20, result: 'D:入学通知书', depth: 4, visits: 0, districts: true,
        fields: ['childName', 'childIdNumber:idNumber!:儿童公民身份号码', 'childBirthDate', 'address', 'preferredSchool:text:意向学校'], pop: 70,
      },
      {
        name: '义务教育初中新生入学登记', aliases: ['小升初', '初中报名'], type: 'S', aud: 'P', ev: ['education'], cond: ['小学毕业生', '户籍或监护人居住证、房产在学区内'],
        mat: ['household_register', 'property_certificate', '?居住证@非本市户籍的'], days: 20, result: 'D:入学通知书', depth: 4, visits: 0, districts: true,
        fields: ['childName', 'childIdNumber:idNumber!:学生公民身份号码', 'primarySchool:text!:毕业小学', 'address'], pop: 45,
      },
      {
        name: '教师资格认定', aliases: ['教师资格证'], type: 'L', aud: 'P', ev: ['employment', 'education'], basis: ['《中华人民共和国教师法》', '《教师资格条例》'],
        cond: ['通过国家教师资格考试', '具备相应学历和普通话水平', '体检合格'], mat: ['id_card', 'photo', '*学历证书', '*普通话水平测试等级证书', '*体检表'],
        days: 30, legal: 30, result: 'C:教师资格证书:', depth: 3, visits: 1, fields: ['teacherType:select!:资格种类:kindergarten=幼儿园|primary=小学|middle=初级中学|high=高级中学', 'subject:text!:任教学科'], pop: 35,
      },
      {
        name: '中小学生转学', aliases: ['转学'], type: 'S', aud: 'P', ev: ['education'], cond: ['因户籍迁移、监护人工作调动或住所变化'], mat: ['household_register', '*学籍信息表'],
        days: 10, result: 'D:转学联系函', depth: 4, visits: 0, fields: ['childName', 'currentSchool:text!:现就读学校', 'targetSchool:text!:转入学校', 'reason'],
      },
      {
        name: '民办学校设立审批', type: 'L', aud: 'E', ev: ['business_start'], basis: ['《中华人民共和国民办教育促进法》'],
        cond: ['举办者具有法人资格或具有政治权利和完全民事行为能力', '有合格的教师和与办学规模相适应的校舍'], mat: ['form', '*资产来源证明', '*学校章程', 'premises_proof'],
        days: 60, legal: 90, result: 'C:民办学校办学许可证:', depth: 2, visits: 2,
      },
      {
        name: '校外培训机构设立审批', aliases: ['开培训班', '培训机构办学许可'], type: 'L', aud: 'E', ev: ['business_start'], basis: ['《中华人民共和国民办教育促进法》'],
        cond: ['非学科类或经审批的学科类培训', '场所符合消防、安全要求'], mat: ['form', 'premises_proof', '*培训内容及教材', '*师资资格证明'],
        days: 30, legal: 60, result: 'C:办学许可证:', depth: 3, visits: 1, fields: ['orgName:text!:机构名称', 'businessAddress', 'trainingScope:textarea!:培训内容'],
      },
      {
        name: '家庭经济困难学生资助申请', aliases: ['助学金', '学生资助', '困难补助'], type: 'G', aud: 'P', ev: ['education'], basis: ['《学生资助资金管理办法》'],
        cond: ['在校学生家庭经济困难', '属低保、特困、残疾等情形之一'], mat: ['id_card', '*家庭经济困难情况证明'], days: 20, result: '$:助学金', depth: 4, visits: 0,
        fields: ['childName', 'school:text!:就读学校', 'difficultyType:select!:困难类型:lowincome=低保家庭|special=特困|disabled=残疾|other=其他'],
      },
      {
        name: '幼儿园入园报名', aliases: ['上幼儿园', '入园报名'], type: 'S', aud: 'P', ev: ['education', 'birth'], cond: ['当年8月31日前年满3周岁的适龄儿童'],
        mat: ['household_register', '?居住证@非本市户籍的'], days: 15, result: 'D:录取结果', depth: 4, visits: 0, districts: true,
        fields: ['childName', 'childBirthDate', 'address', 'preferredSchool:text:意向幼儿园'], pop: 40,
      },
      {
        name: '适龄儿童少年延缓入学或休学申请', type: 'S', aud: 'P', ev: ['education'], cond: ['因身体状况需要延缓入学或休学'], mat: ['household_register', 'medical_record'],
        days: 10, result: 'D:审核意见', depth: 3, visits: 0, fields: ['childName', 'reason'],
      },
    ],
  },
  {
    code: 'cl',
    basis: ['《中华人民共和国残疾人保障法》'],
    place: { address: '杭州市上城区解放东路18号市民中心C座残联窗口', window: '残联窗口' },
    districtBody: '杭州市{d}残疾人联合会',
    items: [
      {
        name: '残疾人证核发', aliases: ['办残疾证', '残疾证'], type: 'C', aud: 'P', ev: ['disability'], basis: ['《中华人民共和国残疾人保障法》', '《中华人民共和国残疾人证管理办法》'],
        cond: ['符合残疾标准的视力、听力、言语、肢体、智力、精神及多重残疾人'], mat: ['id_card', 'household_register', 'photo', 'disability_assessment'],
        days: 20, result: 'C:中华人民共和国残疾人证:', depth: 3, visits: 1, districts: true, fields: ['disabilityType:select!:残疾类别:visual=视力|hearing=听力|speech=言语|limb=肢体|intellect=智力|mental=精神', 'address'], pop: 30,
      },
      {
        name: '残疾人证换领', type: 'C', aud: 'P', ev: ['disability'], cond: ['残疾人证有效期满或损坏'], mat: ['id_card', '*原残疾人证'], days: 10, result: 'C:中华人民共和国残疾人证:',
        districts: true, depth: 4, visits: 0, fields: ['address', 'deliveryMethod'],
      },
      {
        name: '重度残疾人护理补贴', aliases: ['护理补贴'], type: 'G', aud: 'P', ev: ['disability'], basis: ['《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》'],
        cond: ['残疾等级被评定为一级、二级且需要长期照护的重度残疾人'], mat: ['id_card', '*残疾人证'], days: 20, result: '$:按月发放护理补贴', depth: 4, visits: 0,
        fields: ['bankAccount'], pop: 25,
      },
      {
        name: '困难残疾人生活补贴', type: 'G', aud: 'P', ev: ['disability'], basis: ['《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》'],
        cond: ['低保家庭中的残疾人', '低保边缘家庭中的重度残疾人'], mat: ['id_card', '*残疾人证'], days: 20, result: '$:按月发放生活补贴', depth: 4, visits: 0, fields: ['bankAccount'],
      },
      {
        name: '残疾人辅助器具适配补贴', aliases: ['轮椅补贴', '助听器补贴', '假肢补贴'], type: 'G', aud: 'P', ev: ['disability'], cond: ['持证残疾人经评估需适配辅助器具'],
        mat: ['id_card', '*残疾人证', '*辅助器具评估报告'], days: 20, result: '$:辅助器具适配补贴', depth: 3, visits: 0,
        fields: ['device:select!:辅助器具:wheelchair=轮椅|hearing=助听器|prosthesis=假肢|other=其他'],
      },
      {
        name: '残疾儿童康复救助', aliases: ['儿童康复', '自闭症康复补贴'], type: 'G', aud: 'P', ev: ['disability', 'birth'], basis: ['《国务院关于建立残疾儿童康复救助制度的意见》'],
        cond: ['0-17岁视力、听力、言语、肢体、智力等残疾儿童和孤独症儿童'], mat: ['household_register', 'medical_record'], days: 15, result: '$:康复救助资金', depth: 3, visits: 0,
        fields: ['childName', 'childBirthDate', 'rehabInstitution:text!:定点康复机构'],
      },
      {
        name: '残疾人就业创业补贴', type: 'G', aud: 'P', ev: ['disability', 'employment'], cond: ['持证残疾人自主创业或灵活就业'], mat: ['id_card', '*残疾人证', '?营业执照@自主创业的'],
        days: 20, result: '$:就业创业补贴', depth: 3, visits: 0, fields: ['employmentType:select!:就业方式:self=自主创业|flexible=灵活就业', 'bankAccount'],
      },
      {
        name: '用人单位安排残疾人就业情况审核', aliases: ['残保金审核', '按比例就业'], type: 'C', aud: 'E', ev: ['hiring'], basis: ['《残疾人就业条例》'],
        cond: ['用人单位按不低于职工总数1.5%的比例安排残疾人就业'], mat: ['business_licence', 'labour_contract', '*残疾职工残疾人证'], days: 10,
        result: 'D:安排残疾人就业审核确认书', depth: 4, visits: 0, fields: ['employeeCount', 'disabledEmployeeCount:number!:安排残疾人数'],
      },
      {
        name: '残疾人机动轮椅车燃油补贴', type: 'G', aud: 'P', ev: ['disability', 'vehicle'], cond: ['持证下肢残疾人本人拥有并使用机动轮椅车'],
        mat: ['id_card', '*残疾人证', 'vehicle_licence'], days: 20, result: '$:燃油补贴', depth: 3, visits: 0, fields: ['plateNumber', 'bankAccount'],
      },
    ],
  },
  {
    code: 'tyjrj',
    basis: ['《中华人民共和国退役军人保障法》'],
    place: { address: '杭州市上城区解放东路18号市民中心C座退役军人服务窗口', window: '退役军人服务窗口' },
    districtBody: '杭州市{d}退役军人事务局',
    items: [
      {
        name: '退役士兵安置待遇申请', type: 'G', aud: 'P', ev: ['veterans', 'employment'], basis: ['《退役士兵安置条例》'], cond: ['退出现役的士兵按规定到安置地报到'],
        mat: ['id_card', 'discharge_certificate', '*退役士兵安置介绍信'], days: 20, result: 'D:安置待遇审批结果', depth: 2, visits: 1, flags: 'A',
      },
      {
        name: '退役军人优待证申领', aliases: ['优待证', '军人优待证'], type: 'S', aud: 'P', ev: ['veterans'], basis: ['《退役军人、其他优抚对象优待证管理办法（试行）》'],
        cond: ['退役军人和烈士、因公牺牲军人、病故军人遗属'], mat: ['id_card', 'photo', 'discharge_certificate'], days: 30, result: 'C:优待证:', depth: 4, visits: 0, flags: 'E',
        fields: ['address', 'deliveryMethod'], pop: 30,
      },
      {
        name: '伤残抚恤关系接收', type: 'O', aud: 'P', ev: ['veterans', 'disability'], basis: ['《伤残抚恤管理办法》'], cond: ['伤残人员户籍迁入本市'],
        mat: ['id_card', 'household_register', '*残疾军人证', '*伤残档案'], days: 20, result: 'D:抚恤关系接收结果', depth: 2, visits: 1,
      },
      {
        name: '烈士遗属定期抚恤金申领', type: 'G', aud: 'P', ev: ['veterans', 'funeral'], basis: ['《军人抚恤优待条例》'], cond: ['符合条件的烈士遗属'],
        mat: ['id_card', '*烈士证明书', '*亲属关系证明'], days: 20, result: '$:定期抚恤金', depth: 3, visits: 0, fields: ['martyrName:text!:烈士姓名', 'relation:text!:与烈士关系', 'bankAccount'],
      },
      {
        name: '退役士兵自主就业一次性经济补助', type: 'G', aud: 'P', ev: ['veterans', 'employment'], basis: ['《退役士兵安置条例》'], cond: ['选择自主就业的退役士兵'],
        mat: ['id_card', 'discharge_certificate'], days: 15, result: '$:一次性经济补助金', depth: 4, visits: 0, fields: ['bankAccount'],
      },
      {
        name: '光荣牌悬挂申请', aliases: ['光荣之家'], type: 'S', aud: 'P', ev: ['veterans'], basis: ['《关于开展为烈属、军属和退役军人等家庭悬挂光荣牌工作的实施办法》'],
        cond: ['烈属、军属和退役军人家庭'], mat: ['id_card', '?退出现役证@退役军人家庭的'], days: 10, result: 'D:光荣牌', depth: 4, visits: 0, fields: ['address'],
      },
      {
        name: '退役军人创业担保贷款贴息', type: 'G', aud: 'P', ev: ['veterans', 'business_start'], cond: ['自主创业的退役军人', '已取得营业执照'],
        mat: ['id_card', 'discharge_certificate', 'business_licence'], days: 20, result: '$:贷款贴息', depth: 3, visits: 0, fields: ['businessName', 'loanAmountFen:money!:贷款金额（元）'],
      },
    ],
  },
  {
    code: 'sfj',
    basis: ['《中华人民共和国法律援助法》'],
    place: { address: '杭州市上城区解放东路18号市民中心C座公共法律服务窗口', window: '公共法律服务窗口' },
    districtBody: '杭州市{d}司法局',
    items: [
      {
        name: '法律援助申请', aliases: ['免费律师', '法律援助', '请律师'], type: 'G', aud: 'P', ev: ['legal_aid'], basis: ['《中华人民共和国法律援助法》', '《浙江省法律援助条例》'],
        cond: ['经济困难或符合免予经济困难审查情形', '申请事项属于法律援助范围'], mat: ['id_card', '*经济困难状况说明表', '*与申请事项有关的证据材料'], days: 7, legal: 7,
        result: 'D:给予法律援助决定书', depth: 4, visits: 0, districts: true,
        fields: ['caseType:select!:事项类型:wage=追索劳动报酬|injury=工伤赔偿|family=婚姻家庭|traffic=交通事故|other=其他', 'facts:textarea!:案情简述'], pop: 35,
      },
      {
        name: '公证申请（亲属关系、出生、无犯罪等）', aliases: ['公证', '办公证', '亲属关系公证'], type: 'S', aud: 'P', ev: ['legal_aid', 'culture_travel'], basis: ['《中华人民共和国公证法》'],
        cond: ['自然人、法人或其他组织申请办理公证'], mat: ['id_card', '*与公证事项有关的证明材料'], days: 15,
        fee: ['按公证事项收费，每件80元起', '《浙江省公证服务收费标准》'], result: 'D:公证书', depth: 3, visits: 1, flags: 'APE',
        fields: ['notarizationType:select!:公证事项:relation=亲属关系|birth=出生|nocrime=无犯罪记录|degree=学历|other=其他', 'usedIn:text!:使用国家或地区'], pop: 30,
      },
      {
        name: '律师执业许可', type: 'L', aud: 'P', ev: ['employment'], basis: ['《中华人民共和国律师法》'], cond: ['取得法律职业资格证书', '在律师事务所实习满一年'],
        mat: ['id_card', '*法律职业资格证书', '*实习考核合格意见'], days: 20, legal: 20, result: 'C:律师执业证:', depth: 3, visits: 1, fields: ['lawFirm:text!:执业机构'],
      },
      {
        name: '人民调解申请', aliases: ['纠纷调解', '邻里纠纷'], type: 'S', aud: 'P', ev: ['legal_aid'], basis: ['《中华人民共和国人民调解法》'],
        cond: ['民间纠纷当事人自愿申请'], mat: ['id_card'], days: 30, result: 'D:人民调解协议书', depth: 4, visits: 0,
        fields: ['otherParty:text!:对方当事人', 'disputeType:select!:纠纷类型:neighbor=邻里|family=家庭|property=物业|other=其他', 'facts:textarea!:纠纷情况'],
      },
      {
        name: '基层法律服务工作者执业核准', type: 'L', aud: 'P', ev: ['employment'], basis: ['《基层法律服务工作者管理办法》'], cond: ['具有高等学校法律专业本科以上学历'],
        mat: ['id_card', '*学历证书', '*拟执业机构意见'], days: 20, legal: 20, result: 'C:基层法律服务工作者执业证:', depth: 2, visits: 1,
      },
      {
        name: '法律职业资格证书申领', type: 'C', aud: 'P', ev: ['employment'], basis: ['《国家统一法律职业资格考试实施办法》'], cond: ['通过国家统一法律职业资格考试'],
        mat: ['id_card', 'photo', '*学历证书'], days: 20, result: 'C:法律职业资格证书:', depth: 4, visits: 0, flags: 'E', fields: ['examYear:number!:考试年度', 'address'],
      },
      {
        name: '律师事务所设立许可', type: 'L', aud: 'E', ev: ['business_start'], basis: ['《中华人民共和国律师法》', '《律师事务所管理办法》'],
        cond: ['有自己的名称、住所和章程', '有符合规定的律师和资产'], mat: ['form', '*律师事务所章程', '*合伙协议', 'premises_proof'], days: 20, legal: 20,
        result: 'C:律师事务所执业许可证:', depth: 2, visits: 1,
      },
    ],
  },
];
