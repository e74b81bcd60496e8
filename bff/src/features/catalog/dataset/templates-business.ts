import { COMPANY, FOOD, PROPERTY, TAX, type DepartmentTemplate } from './templates';

/** Departments enterprises mostly deal with: market regulation, tax, housing and property, transport, environment, city management, fire, culture, agriculture. */
export const BUSINESS_DEPARTMENTS: DepartmentTemplate[] = [
  {
    code: 'scjgj',
    basis: COMPANY,
    place: { address: '杭州市上城区解放东路18号市民中心A座市场监管服务窗口', window: '企业开办专窗' },
    districtBody: '杭州市{d}市场监督管理局',
    items: [
      {
        name: '有限责任公司设立登记', aliases: ['开公司', '注册公司', '办营业执照', '公司注册', '成立公司'], type: 'L', aud: 'E', ev: ['business_start'],
        cond: ['股东符合法定人数', '有符合公司章程规定的认缴出资额', '有公司名称、住所和组织机构'],
        mat: ['form', 'articles', '*股东主体资格证明', '*法定代表人、董事、监事和经理的任职文件', 'premises_proof'], days: 1, legal: 3,
        result: 'C:营业执照:business_licence', depth: 4, visits: 0, flags: 'E',
        fields: ['businessName', 'businessAddress', 'legalRepresentative', 'registeredCapital', 'businessScope', 'employeeCount', 'deliveryMethod'], pop: 80,
        faqs: [['注册资本需要实缴吗？', '有限责任公司全体股东认缴的出资额由股东按照公司章程的规定自公司成立之日起五年内缴足。']],
      },
      {
        name: '个体工商户设立登记', aliases: ['个体户', '开小店', '个体执照', '开店'], type: 'L', aud: 'PE', ev: ['business_start'], basis: ['《促进个体工商户发展条例》', '《中华人民共和国市场主体登记管理条例》'],
        cond: ['有经营能力的自然人', '有固定经营场所'], mat: ['id_card', 'premises_proof', 'form'], days: 1, legal: 3, result: 'C:营业执照:business_licence',
        depth: 4, visits: 0, flags: 'E', districts: true, fields: ['businessName', 'businessAddress', 'businessArea', 'businessScope', 'employeeCount'], pop: 70,
      },
      {
        name: '食品经营许可（新办）', aliases: ['餐饮许可证', '食品经营许可证', '开饭店许可', '卖食品许可'], type: 'L', aud: 'E', ev: ['business_start'], basis: FOOD,
        cond: ['具有与经营的食品品种、数量相适应的经营场所', '有食品安全管理人员和管理制度', '设备布局和工艺流程合理'],
        mat: ['form', 'business_licence', 'floor_plan', 'hygiene_rules', 'health_certificates', 'premises_proof'], days: 5, legal: 10,
        result: 'C:食品经营许可证:food_business_licence', depth: 4, visits: 0, flags: 'E',
        fields: ['businessName', 'businessAddress', 'businessArea', 'legalRepresentative', 'foodCategory:select!:经营项目:meal=热食类食品制售|cold=冷食类食品制售|drink=自制饮品制售|prepack=预包装食品销售', 'employeeCount'], pop: 60,
      },
      {
        name: '食品经营许可变更', type: 'L', aud: 'E', ev: ['business_operation'], basis: FOOD, cond: ['许可证载明的事项发生变化'],
        mat: ['food_business_licence', 'form', '*变更事项证明'], days: 5, legal: 10, result: 'C:食品经营许可证:food_business_licence', depth: 4, visits: 0,
        fields: ['changeItem:select!:变更事项:name=经营者名称|person=法定代表人|scope=经营项目|layout=布局流程', 'reason'],
      },
      {
        name: '食品经营许可延续', type: 'L', aud: 'E', ev: ['business_operation'], basis: FOOD, cond: ['许可证有效期届满30个工作日前申请'],
        mat: ['food_business_licence', 'form'], days: 5, legal: 10, result: 'C:食品经营许可证:food_business_licence', depth: 4, visits: 0, fields: ['remark'],
      },
      {
        name: '小餐饮登记', aliases: ['小吃店登记', '小餐饮'], type: 'O', aud: 'PE', ev: ['business_start'], basis: ['《浙江省食品小作坊小餐饮店小食杂店和食品摊贩管理规定》'],
        cond: ['从业人员5人以下、经营面积50平方米以下的餐饮服务提供者'], mat: ['id_card', 'premises_proof', 'health_certificates', '*承诺书'], days: 5,
        result: 'C:小餐饮登记证:', depth: 4, visits: 0, districts: true, fields: ['businessName', 'businessAddress', 'businessArea', 'employeeCount'], pop: 25,
      },
      {
        name: '企业变更登记', aliases: ['公司变更', '改公司名称', '变更法人', '变更地址'], type: 'L', aud: 'E', ev: ['business_operation'],
        cond: ['企业登记事项发生变更之日起30日内'], mat: ['business_licence', 'form', '*股东会决议或决定', '?修改后的公司章程@涉及章程修改的'], days: 1, legal: 3,
        result: 'C:营业执照:business_licence', depth: 4, visits: 0, flags: 'E', fields: ['changeItem:select!:变更事项:name=名称|address=住所|person=法定代表人|capital=注册资本|scope=经营范围', 'changeContent:textarea!:变更内容'], pop: 55,
      },
      {
        name: '企业注销登记', aliases: ['公司注销', '关闭公司'], type: 'L', aud: 'E', ev: ['business_closure'], cond: ['企业已完成清算', '清税完毕'],
        mat: ['business_licence', 'form', '*清算报告', '*清税证明'], days: 1, legal: 3, result: 'D:准予注销登记通知书', depth: 4, visits: 0,
        fields: ['legalRepresentative', 'reason'], pop: 30,
      },
      {
        name: '企业简易注销登记', aliases: ['简易注销'], type: 'L', aud: 'E', ev: ['business_closure'], cond: ['未发生债权债务或已将债权债务清偿完结', '公示期20日届满无异议'],
        mat: ['business_licence', '*全体投资人承诺书'], days: 1, result: 'D:准予简易注销登记通知书', depth: 4, visits: 0, fields: ['legalRepresentative'],
      },
      {
        name: '营业执照遗失补领', aliases: ['营业执照丢了', '补办营业执照'], type: 'C', aud: 'E', ev: ['business_operation'], cond: ['营业执照遗失或毁损'],
        mat: ['form', '*遗失公告'], days: 1, result: 'C:营业执照:business_licence', depth: 4, visits: 0, flags: 'E', fields: ['deliveryMethod'],
      },
      {
        name: '特种设备使用登记', aliases: ['电梯登记', '锅炉登记'], type: 'L', aud: 'E', ev: ['business_operation'], basis: ['《中华人民共和国特种设备安全法》'],
        cond: ['特种设备投入使用前或投入使用后30日内'], mat: ['business_licence', '*产品合格证', '*监督检验证明'], days: 10, legal: 15,
        result: 'C:特种设备使用登记证:', depth: 4, visits: 0, fields: ['equipmentType:select!:设备类别:elevator=电梯|boiler=锅炉|vessel=压力容器|crane=起重机械', 'equipmentCount:number!:设备台数'],
      },
      {
        name: '药品零售企业经营许可', aliases: ['开药店', '药店许可'], type: 'L', aud: 'E', ev: ['business_start'], basis: ['《中华人民共和国药品管理法》'],
        cond: ['具有依法经过资格认定的药师或其他药学技术人员', '有与所经营药品相适应的营业场所、设备和仓储设施'], mat: ['form', 'business_licence', 'premises_proof', '*执业药师注册证'],
        days: 15, legal: 30, result: 'C:药品经营许可证:', depth: 3, visits: 1, fields: ['businessAddress', 'businessArea', 'legalRepresentative'],
      },
      {
        name: '第二类医疗器械经营备案', type: 'O', aud: 'E', ev: ['business_operation'], basis: ['《医疗器械监督管理条例》'], cond: ['具有与经营规模和范围相适应的场所和贮存条件'],
        mat: ['business_licence', 'premises_proof', '*质量管理制度'], days: 0, result: 'D:第二类医疗器械经营备案凭证', depth: 4, visits: 0, fields: ['businessAddress', 'businessScope'],
      },
      {
        name: '企业年度报告公示', aliases: ['工商年报', '年报'], type: 'O', aud: 'E', ev: ['business_operation'], basis: ['《企业信息公示暂行条例》'],
        cond: ['每年1月1日至6月30日报送上一年度年度报告'], mat: [], days: 0, result: 'D:年度报告公示', depth: 4, visits: 0,
        fields: ['employeeCount', 'annualRevenueFen:money!:营业总收入（元）'], pop: 45,
      },
      {
        name: '股权出质登记', type: 'C', aud: 'E', ev: ['business_operation'], basis: ['《中华人民共和国民法典》', '《股权出质登记办法》'], cond: ['以持有的有限责任公司股权出质'],
        mat: ['form', '*质押合同', '*出质人和质权人主体资格证明'], days: 3, result: 'D:股权出质设立登记通知书', depth: 3, visits: 0, fields: ['pledgeAmountFen:money!:出质股权数额（元）'],
      },
      {
        name: '消费投诉', aliases: ['投诉商家', '消费维权', '12315'], type: 'S', aud: 'P', ev: ['legal_aid'], basis: ['《中华人民共和国消费者权益保护法》', '《市场监督管理投诉举报处理暂行办法》'],
        cond: ['消费者与经营者发生消费者权益争议'], mat: ['*购物凭证或服务单据'], days: 7, result: 'D:投诉处理结果', depth: 4, visits: 0,
        fields: ['merchant:text!:被投诉经营者', 'facts:textarea!:投诉内容', 'claim:textarea!:诉求'], pop: 50,
      },
    ],
  },
  {
    code: 'swj',
    basis: TAX,
    place: { address: '杭州市上城区解放东路18号市民中心A座税务服务厅', window: '综合办税窗口' },
    districtBody: '国家税务总局杭州市{d}税务局',
    items: [
      {
        name: '新办纳税人涉税事项套餐', aliases: ['税务登记', '税务报到', '新公司报税'], type: 'O', aud: 'E', ev: ['business_start', 'tax'],
        cond: ['已领取营业执照的新办企业'], mat: ['business_licence', '*法定代表人身份证件', '*财务负责人身份证件'], days: 0, result: 'D:税务信息确认结果',
        depth: 4, visits: 0, fields: ['businessName', 'legalRepresentative', 'financeContact:text!:财务负责人', 'accountingSystem:select!:会计制度:small=小企业会计准则|general=企业会计准则'], pop: 50,
      },
      {
        name: '发票领用', aliases: ['领发票', '申领发票', '数电票'], type: 'O', aud: 'E', ev: ['business_start', 'tax'], basis: [...TAX, '《中华人民共和国发票管理办法》'],
        cond: ['已办理税务信息确认的纳税人'], mat: ['business_licence'], days: 0, result: 'D:发票领用结果', depth: 4, visits: 0, flags: 'E',
        fields: ['businessName', 'invoiceType:select!:发票种类:general=普通发票|special=增值税专用发票', 'monthlyQuotaFen:money!:申请月开票额度（元）'], pop: 45,
      },
      {
        name: '增值税一般纳税人登记', type: 'O', aud: 'E', ev: ['tax'], basis: ['《增值税一般纳税人登记管理办法》'], cond: ['年应税销售额超过小规模纳税人标准或会计核算健全'],
        mat: ['business_licence'], days: 0, result: 'D:一般纳税人登记结果', depth: 4, visits: 0, fields: ['effectiveMonth:text!:生效年月'],
      },
      {
        name: '个人所得税综合所得年度汇算', aliases: ['个税汇算', '个税退税', '年度汇算'], type: 'O', aud: 'P', ev: ['employment'], basis: ['《中华人民共和国个人所得税法》'],
        cond: ['上年度取得综合所得且需要补税或申请退税的居民个人'], mat: [], days: 0, result: '$:退（补）税款', depth: 4, visits: 0,
        fields: ['taxYear:number!:汇算年度', 'bankAccount'], pop: 80,
      },
      {
        name: '个人所得税纳税记录开具', aliases: ['完税证明', '个税证明', '纳税证明'], type: 'S', aud: 'P', ev: ['employment', 'housing'], basis: ['《国家税务总局关于将个人所得税〈税收完税证明〉（文书式）调整为〈纳税记录〉有关事项的公告》'],
        cond: ['纳税人本人申请'], mat: [], days: 0, result: 'D:纳税记录（电子）', depth: 4, visits: 0, flags: 'T', fields: ['fromMonth:text!:起始年月', 'toMonth:text!:截止年月'], pop: 60,
      },
      {
        name: '契税申报', aliases: ['买房交税', '契税'], type: 'O', aud: 'PE', ev: ['housing'], basis: ['《中华人民共和国契税法》'], cond: ['承受土地、房屋权属转移的单位和个人'],
        mat: ['id_card', 'purchase_contract'], days: 0, result: '$:契税完税凭证', depth: 4, visits: 0, flags: 'P', fields: ['propertyAddress', 'priceFen:money!:成交价格（元）'], pop: 45,
      },
      {
        name: '车辆购置税申报', aliases: ['购置税'], type: 'O', aud: 'PE', ev: ['vehicle'], basis: ['《中华人民共和国车辆购置税法》'], cond: ['购置应税车辆之日起60日内'],
        mat: ['id_card', '*机动车销售统一发票', '*车辆合格证'], days: 0, result: '$:车辆购置税完税证明（电子）', depth: 4, visits: 0, flags: 'P', fields: ['vin:text!:车辆识别代号', 'priceFen:money!:计税价格（元）'],
      },
      {
        name: '清税申报', aliases: ['清税证明', '税务注销'], type: 'O', aud: 'E', ev: ['business_closure', 'tax'], cond: ['纳税人办理注销前结清应纳税款、滞纳金、罚款'],
        mat: ['business_licence'], days: 0, result: 'D:清税证明', depth: 4, visits: 0, fields: ['reason'],
      },
      {
        name: '灵活就业人员社会保险费缴纳', aliases: ['交社保', '个人缴社保'], type: 'O', aud: 'P', ev: ['social_security'], basis: ['《中华人民共和国社会保险法》', '《社会保险费征缴暂行条例》'],
        cond: ['已办理灵活就业人员社会保险登记'], mat: [], days: 0, result: '$:社会保险费缴费凭证', depth: 4, visits: 0, flags: 'P', fields: ['months:number!:缴费月数'], pop: 55,
      },
      {
        name: '跨区域涉税事项报告', aliases: ['外经证'], type: 'O', aud: 'E', ev: ['business_operation', 'tax'], cond: ['纳税人跨省（市）临时从事生产经营活动'],
        mat: ['business_licence', '*合同'], days: 0, result: 'D:跨区域涉税事项报告表', depth: 4, visits: 0, fields: ['targetCity:text!:经营地', 'contractAmountFen:money!:合同金额（元）'],
      },
      {
        name: '代开增值税发票', aliases: ['代开发票', '个人开发票'], type: 'O', aud: 'PE', ev: ['tax'], cond: ['已办理税务登记的小规模纳税人或自然人'], mat: ['id_card', '*合同或交易凭证'],
        days: 0, result: 'D:增值税发票', depth: 4, visits: 0, flags: 'P', fields: ['buyer:text!:购买方名称', 'amountFen:money!:开票金额（元）'], pop: 35,
      },
      {
        name: '个人所得税专项附加扣除信息采集', aliases: ['专项附加扣除', '个税扣除', '房贷扣除', '子女教育扣除'], type: 'O', aud: 'P', ev: ['employment', 'education', 'housing'],
        basis: ['《个人所得税专项附加扣除暂行办法》'], cond: ['符合子女教育、住房贷款利息、赡养老人等扣除条件的纳税人'], mat: [], days: 0, result: 'D:扣除信息采集结果', depth: 4, visits: 0,
        fields: ['deductionType:select!:扣除项目:child=子女教育|loan=住房贷款利息|rent=住房租金|elder=赡养老人|infant=3岁以下婴幼儿照护'], pop: 65,
      },
      {
        name: '税收减免备案', type: 'O', aud: 'E', ev: ['tax'], cond: ['享受税收优惠的纳税人'], mat: ['business_licence', '*减免税依据材料'], days: 0, result: 'D:减免税备案结果', depth: 4, visits: 0,
        fields: ['reliefType:text!:减免税项目'],
      },
    ],
  },
  {
    code: 'jsj',
    basis: ['《中华人民共和国城市房地产管理法》'],
    place: { address: '杭州市上城区解放东路18号市民中心B座住房保障窗口', window: '住建窗口' },
    districtBody: '杭州市{d}住房和城乡建设局',
    items: [
      {
        name: '公共租赁住房申请', aliases: ['公租房', '廉租房', '保障房'], type: 'G', aud: 'P', ev: ['housing'], basis: ['《公共租赁住房管理办法》'],
        cond: ['在本市无住房或住房面积低于规定标准', '收入、财产低于规定标准'], mat: ['id_card', 'household_register', 'income_statement', '?结婚证@已婚的'],
        days: 30, result: 'D:公共租赁住房资格确认书', depth: 4, visits: 0, districts: true, fields: ['address', 'familySize:number!:家庭人数', 'monthlyIncomeFen:money!:家庭月收入（元）'], pop: 50,
      },
      {
        name: '商品房预售许可', type: 'L', aud: 'E', ev: ['construction'], basis: ['《城市商品房预售管理办法》'], cond: ['已交付全部土地使用权出让金', '持有建设工程规划许可证和施工许可证'],
        mat: ['form', 'business_licence', '*建设工程规划许可证', '*施工许可证', '*工程施工进度证明'], days: 10, legal: 10, result: 'C:商品房预售许可证:', depth: 3, visits: 1,
        fields: ['projectName:text!:项目名称', 'presaleArea:number!:预售面积（平方米）'],
      },
      {
        name: '建筑工程施工许可证核发', aliases: ['施工许可证', '开工许可'], type: 'L', aud: 'E', ev: ['construction'], basis: ['《中华人民共和国建筑法》', '《建筑工程施工许可管理办法》'],
        cond: ['已办理用地批准手续', '已取得建设工程规划许可证', '已确定施工企业'], mat: ['form', '*建设工程规划许可证', '*施工合同', 'engineering_drawings'], days: 7, legal: 7,
        result: 'C:建筑工程施工许可证:', depth: 4, visits: 0, fields: ['projectName:text!:项目名称', 'projectAddress:text!:建设地址', 'contractAmountFen:money!:合同价格（元）'],
      },
      {
        name: '住房租赁合同网签备案', aliases: ['租房备案', '租赁备案'], type: 'O', aud: 'PE', ev: ['housing'], basis: ['《商品房屋租赁管理办法》'], cond: ['房屋租赁合同订立后30日内'],
        mat: ['id_card', 'lease_contract', 'property_certificate'], days: 0, result: 'D:住房租赁合同登记备案证明', depth: 4, visits: 0,
        fields: ['propertyAddress', 'monthlyRentFen:money!:月租金（元）', 'leaseStart:date!:租赁起始日期', 'leaseEnd:date!:租赁截止日期'], pop: 45,
      },
      {
        name: '建筑业企业资质核准', type: 'L', aud: 'E', ev: ['construction', 'business_operation'], basis: ['《建筑业企业资质管理规定》'],
        cond: ['企业资产、人员、技术装备和已完成工程业绩符合资质标准'], mat: ['form', 'business_licence', '*技术负责人及注册人员证书'], days: 20, legal: 20,
        result: 'C:建筑业企业资质证书:', depth: 4, visits: 0, fields: ['qualification:text!:申请资质类别及等级'],
      },
      {
        name: '商品房买卖合同网签备案', aliases: ['购房合同备案', '网签'], type: 'O', aud: 'PE', ev: ['housing'], basis: ['《城市商品房预售管理办法》'], cond: ['签订商品房买卖合同后30日内'],
        mat: ['id_card', 'purchase_contract'], days: 1, result: 'D:商品房买卖合同备案证明', depth: 4, visits: 0, fields: ['propertyAddress', 'priceFen:money!:合同总价（元）'], pop: 40,
      },
      {
        name: '人才租房补贴申请', aliases: ['租房补贴', '人才补贴', '应届生补贴'], type: 'G', aud: 'P', ev: ['housing', 'employment'], basis: ['《杭州市人才租房补贴实施办法》'],
        cond: ['全日制本科及以上学历的新引进人才', '本人及配偶在本市无自有住房', '在本市缴纳社会保险'], mat: ['id_card', '*学历学位证书', 'lease_contract'],
        days: 20, result: '$:按年发放租房补贴', depth: 4, visits: 0, fields: ['degree:select!:学历:bachelor=本科|master=硕士|doctor=博士', 'employer:text!:工作单位', 'bankAccount'], pop: 70,
      },
      {
        name: '房地产开发企业资质核定', type: 'L', aud: 'E', ev: ['construction'], basis: ['《房地产开发企业资质管理规定》'], cond: ['有符合规定的专业管理人员'],
        mat: ['form', 'business_licence', '*专业技术人员证书'], days: 20, legal: 20, result: 'C:房地产开发企业资质证书:', depth: 3, visits: 0, fields: ['qualificationLevel:select!:资质等级:1=一级|2=二级'],
      },
      {
        name: '建设工程竣工验收备案', type: 'O', aud: 'E', ev: ['construction'], basis: ['《建设工程质量管理条例》'], cond: ['建设工程竣工验收合格之日起15日内'],
        mat: ['form', '*工程竣工验收报告', '*消防验收意见'], days: 5, result: 'D:竣工验收备案证明', depth: 4, visits: 0, fields: ['projectName:text!:项目名称'],
      },
      {
        name: '住房保障家庭资格年度复核', type: 'C', aud: 'P', ev: ['housing'], cond: ['正在享受住房保障的家庭'], mat: ['id_card', 'income_statement'], days: 20,
        result: 'D:复核结果', depth: 4, visits: 0, fields: ['familySize:number!:家庭人数', 'monthlyIncomeFen:money!:家庭月收入（元）'],
      },
      {
        name: '存量房交易资金监管', aliases: ['二手房资金监管'], type: 'S', aud: 'P', ev: ['housing'], cond: ['买卖双方在本市交易存量房'], mat: ['id_card', 'purchase_contract', 'property_certificate'],
        days: 1, result: 'D:资金监管协议', depth: 3, visits: 1, fields: ['propertyAddress', 'priceFen:money!:成交价格（元）'],
      },
    ],
  },
  {
    code: 'bdc',
    basis: PROPERTY,
    place: { address: '杭州市上城区解放东路18号市民中心B座不动产登记大厅', window: '不动产综合窗口' },
    districtBody: '杭州市不动产登记服务中心{d}分中心',
    items: [
      {
        name: '国有建设用地使用权及房屋所有权首次登记', aliases: ['房产首次登记', '大产证'], type: 'C', aud: 'E', ev: ['construction'],
        cond: ['房屋已竣工验收', '土地出让金已缴清'], mat: ['form', 'business_licence', '*建设工程符合规划证明', '*竣工验收材料', '*房屋测绘报告'], days: 5, legal: 30,
        fee: ['非住宅每件550元', '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》'], result: 'C:不动产权证书:property_certificate', depth: 3, visits: 1, flags: 'P',
        fields: ['projectName:text!:项目名称', 'propertyAddress'],
      },
      {
        name: '二手房转移登记', aliases: ['过户', '房产过户', '二手房过户', '买二手房'], type: 'C', aud: 'PE', ev: ['housing'],
        cond: ['买卖双方已签订存量房买卖合同', '已缴纳相关税费'], mat: ['id_card', 'property_certificate', 'purchase_contract', '*完税凭证', '?结婚证@共有人为配偶的'],
        days: 3, legal: 30, fee: ['住宅每件80元', '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》'], result: 'C:不动产权证书:property_certificate',
        depth: 3, visits: 1, flags: 'APE', fields: ['propertyAddress', 'sellerName:text!:出卖人姓名', 'sellerIdNumber:idNumber!:出卖人公民身份号码', 'priceFen:money!:成交价格（元）'], pop: 70,
      },
      {
        name: '新建商品房转移登记', aliases: ['新房办证', '新房产证', '交房办证'], type: 'C', aud: 'P', ev: ['housing'], cond: ['商品房已交付且开发企业已办理首次登记'],
        mat: ['id_card', 'purchase_contract', '*契税完税凭证', '?结婚证@夫妻共有的'], days: 5, legal: 30, fee: ['住宅每件80元', '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》'],
        result: 'C:不动产权证书:property_certificate', depth: 4, visits: 0, flags: 'PE', fields: ['propertyAddress', 'coOwner:text:共有人姓名', 'deliveryMethod'], pop: 60,
      },
      {
        name: '不动产抵押权首次登记', aliases: ['房产抵押', '抵押登记', '房贷抵押'], type: 'C', aud: 'PE', ev: ['housing'], cond: ['已签订抵押合同和主债权合同'],
        mat: ['id_card', 'property_certificate', '*抵押合同', 'loan_contract'], days: 1, legal: 30, fee: ['每件80元', '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》'],
        result: 'D:不动产登记证明', depth: 4, visits: 0, flags: 'P', fields: ['propertyAddress', 'loanAmountFen:money!:被担保主债权数额（元）'], pop: 45,
      },
      {
        name: '不动产抵押权注销登记', aliases: ['解押', '抵押注销', '还清房贷解押'], type: 'C', aud: 'PE', ev: ['housing'], cond: ['主债权消灭或抵押权人放弃抵押权'],
        mat: ['id_card', '*不动产登记证明', '*抵押权人同意注销证明'], days: 0, result: 'D:注销登记结果', depth: 4, visits: 0, fields: ['propertyAddress'], pop: 40,
      },
      {
        name: '不动产变更登记', type: 'C', aud: 'PE', ev: ['housing'], cond: ['权利人姓名、名称、身份证明或不动产坐落等发生变更'],
        mat: ['id_card', 'property_certificate', '*变更证明材料'], days: 3, legal: 30, result: 'C:不动产权证书:property_certificate', depth: 3, visits: 1,
        fields: ['propertyAddress', 'changeDescription:textarea!:变更事项'],
      },
      {
        name: '不动产继承转移登记', aliases: ['房产继承', '继承过户'], type: 'C', aud: 'P', ev: ['funeral', 'housing'], cond: ['被继承人死亡，继承人依法继承不动产'],
        mat: ['id_card', 'property_certificate', 'death_certificate', '*继承权公证书或亲属关系证明'], days: 5, legal: 30,
        fee: ['住宅每件80元', '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》'], result: 'C:不动产权证书:property_certificate', depth: 2, visits: 1, flags: 'A',
      },
      {
        name: '不动产权证书遗失补证', aliases: ['房产证丢了', '补办房产证'], type: 'C', aud: 'PE', ev: ['housing'], cond: ['不动产权证书遗失或灭失'],
        mat: ['id_card', '*遗失声明'], days: 5, fee: ['每本工本费10元', '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》'],
        result: 'C:不动产权证书:property_certificate', depth: 3, visits: 1, flags: 'P', fields: ['propertyAddress'],
      },
      {
        name: '不动产登记资料查询', aliases: ['房产证明', '查房产', '无房证明', '产权查询'], type: 'S', aud: 'PE', ev: ['housing'], cond: ['权利人、利害关系人或有关国家机关'],
        mat: ['id_card'], days: 0, result: 'D:不动产登记信息查询结果（电子）', depth: 4, visits: 0, flags: 'T',
        fields: ['queryType:select!:查询类型:own=本人名下不动产|none=无房证明|address=按坐落查询', 'purpose:text!:查询用途'], pop: 75,
      },
      {
        name: '预购商品房预告登记', aliases: ['预告登记'], type: 'C', aud: 'P', ev: ['housing'], cond: ['已签订商品房预售合同'], mat: ['id_card', 'purchase_contract'],
        days: 1, result: 'D:不动产登记证明', depth: 4, visits: 0, fields: ['propertyAddress'],
      },
      {
        name: '不动产更正登记', type: 'C', aud: 'PE', ev: ['housing'], cond: ['权利人认为登记簿记载事项错误'], mat: ['id_card', 'property_certificate', '*证实登记错误的材料'],
        days: 10, legal: 30, result: 'C:不动产权证书:property_certificate', depth: 2, visits: 1,
      },
      {
        name: '夫妻间不动产权利人变更', aliases: ['房产证加名', '加名字', '房产证去名'], type: 'C', aud: 'P', ev: ['marriage', 'housing'],
        cond: ['夫妻双方约定不动产归属变更'], mat: ['id_card', 'marriage_certificate', 'property_certificate', '*夫妻财产约定书'], days: 3, legal: 30,
        fee: ['住宅每件80元', '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》'], result: 'C:不动产权证书:property_certificate', depth: 3, visits: 1, flags: 'A',
        fields: ['propertyAddress', 'spouseName', 'spouseIdNumber', 'marriageCertificate'], pop: 35,
      },
    ],
  },
  {
    code: 'jtj',
    basis: ['《中华人民共和国道路运输条例》'],
    place: { address: '杭州市上城区解放东路18号市民中心B座交通运输窗口', window: '交通窗口' },
    districtBody: '杭州市{d}交通运输局',
    items: [
      {
        name: '网络预约出租汽车驾驶员证核发', aliases: ['网约车驾驶证', '网约车资格证', '跑滴滴'], type: 'L', aud: 'P', ev: ['employment', 'vehicle'],
        basis: ['《网络预约出租汽车经营服务管理暂行办法》'], cond: ['取得相应准驾车型机动车驾驶证并具有3年以上驾驶经历', '无交通肇事犯罪、危险驾驶犯罪记录'],
        mat: ['id_card', 'driving_licence', '*考试合格证明'], days: 10, legal: 20, result: 'C:网络预约出租汽车驾驶员证:', depth: 4, visits: 0, fields: ['platform:text:服务平台'], pop: 40,
      },
      {
        name: '道路货物运输经营许可', type: 'L', aud: 'E', ev: ['business_start'], basis: ['《中华人民共和国道路运输条例》', '《道路货物运输及站场管理规定》'],
        cond: ['有与其经营业务相适应并经检测合格的车辆', '有符合规定条件的驾驶人员'], mat: ['form', 'business_licence', 'vehicle_licence', '*驾驶员从业资格证'], days: 10, legal: 20,
        result: 'C:道路运输经营许可证:', depth: 4, visits: 0, fields: ['vehicleCount:number!:车辆数', 'legalRepresentative'],
      },
      {
        name: '出租汽车驾驶员从业资格注册', type: 'L', aud: 'P', ev: ['employment'], basis: ['《出租汽车驾驶员从业资格管理规定》'], cond: ['已取得出租汽车驾驶员从业资格证', '与出租汽车经营者签订劳动合同'],
        mat: ['id_card', 'labour_contract'], days: 5, result: 'D:从业资格注册结果', depth: 4, visits: 0, fields: ['company:text!:出租汽车企业'],
      },
      {
        name: '道路运输证年度审验', aliases: ['营运证年审'], type: 'C', aud: 'E', ev: ['business_operation'], cond: ['营运车辆每年审验一次'], mat: ['vehicle_licence', '*车辆技术等级评定报告'],
        days: 1, result: 'D:审验结果', depth: 4, visits: 0, fields: ['plateNumber'],
      },
      {
        name: '机动车维修经营备案', aliases: ['开修车店', '汽修备案'], type: 'O', aud: 'E', ev: ['business_start'], basis: ['《机动车维修管理规定》'],
        cond: ['有与维修业务相适应的场地、设备和技术人员'], mat: ['business_licence', 'premises_proof', '*技术人员资格证明'], days: 5, result: 'D:机动车维修经营备案证明', depth: 4, visits: 0,
        fields: ['businessAddress', 'repairCategory:select!:维修类别:1=一类|2=二类|3=三类'],
      },
      {
        name: '公共交通老年卡办理', aliases: ['老年卡', '老人乘车卡', '免费乘公交'], type: 'S', aud: 'P', ev: ['retirement'], basis: ['《杭州市公共交通优惠乘车管理办法》'],
        cond: ['本市户籍或持本市居住证、年满60周岁的老年人'], mat: ['id_card', 'photo'], days: 7, result: 'C:老年人公交卡:', depth: 4, visits: 0, flags: 'E',
        fields: ['address', 'deliveryMethod'], pop: 50,
      },
      {
        name: '超限运输车辆行驶公路许可', type: 'L', aud: 'E', ev: ['business_operation'], basis: ['《公路安全保护条例》', '《超限运输车辆行驶公路管理规定》'],
        cond: ['载运不可解体物品确需超限运输'], mat: ['form', 'vehicle_licence', '*货物说明', '*通行路线'], days: 5, legal: 15, result: 'C:超限运输车辆通行证:', depth: 4, visits: 0,
        fields: ['plateNumber', 'route:textarea!:通行路线', 'travelDate:date!:通行日期'],
      },
      {
        name: '道路客运班线经营许可', type: 'L', aud: 'E', ev: ['business_operation'], basis: ['《道路旅客运输及客运站管理规定》'], cond: ['有与经营业务相适应的客车和驾驶人员'],
        mat: ['form', 'business_licence', '*车辆技术资料', '*安全生产管理制度'], days: 20, legal: 20, result: 'C:道路客运班线经营许可证明:', depth: 3, visits: 1, fields: ['routeName:text!:班线名称'],
      },
      {
        name: '机动车驾驶员培训机构备案', aliases: ['驾校备案'], type: 'O', aud: 'E', ev: ['business_start'], basis: ['《机动车驾驶员培训管理规定》'],
        cond: ['有健全的培训机构和教学管理制度', '有与培训规模相适应的教练场地和车辆'], mat: ['business_licence', '*教练场地使用证明', '*教练员资格证明'], days: 5,
        result: 'D:备案证明', depth: 4, visits: 0, fields: ['businessAddress', 'vehicleCount:number!:教练车数量'],
      },
    ],
  },
  {
    code: 'sthjj',
    basis: ['《中华人民共和国环境保护法》', '《中华人民共和国环境影响评价法》'],
    place: { address: '杭州市上城区解放东路18号市民中心B座生态环境窗口', window: '环保窗口' },
    districtBody: '杭州市生态环境局{d}分局',
    items: [
      {
        name: '建设项目环境影响报告表审批', aliases: ['环评审批', '环评'], type: 'L', aud: 'E', ev: ['construction', 'environment'],
        cond: ['建设项目可能造成轻度环境影响', '开工建设前报批'], mat: ['form', 'eia_report', '*项目立项文件'], days: 15, legal: 30, result: 'A:环境影响报告表审批意见',
        depth: 4, visits: 0, fields: ['projectName:text!:项目名称', 'projectAddress:text!:建设地点', 'investmentFen:money!:总投资（元）'], pop: 25,
      },
      {
        name: '排污许可证核发', aliases: ['排污证'], type: 'L', aud: 'E', ev: ['environment', 'business_operation'], basis: ['《排污许可管理条例》'],
        cond: ['纳入固定污染源排污许可分类管理名录的排污单位'], mat: ['form', 'business_licence', '*污染物排放执行标准及监测方案'], days: 20, legal: 30,
        result: 'C:排污许可证:', depth: 4, visits: 0, fields: ['industryCategory:text!:行业类别', 'pollutants:textarea!:主要污染物'],
      },
      {
        name: '建设项目环境影响登记表备案', aliases: ['环评备案', '环评登记'], type: 'O', aud: 'E', ev: ['environment', 'business_start'],
        cond: ['对环境影响很小、不需要进行环境影响评价的建设项目', '餐饮、小型商业等项目在建成投产前填报'], mat: [], days: 0, result: 'D:环境影响登记表备案回执',
        depth: 4, visits: 0, fields: ['businessName', 'projectName:text!:项目名称', 'businessAddress', 'businessArea'], pop: 30,
      },
      {
        name: '危险废物经营许可', type: 'L', aud: 'E', ev: ['environment'], basis: ['《中华人民共和国固体废物污染环境防治法》', '《危险废物经营许可证管理办法》'],
        cond: ['有符合规定的技术人员和处置设施'], mat: ['form', 'business_licence', '*处置设施及工艺说明', '*事故应急预案'], days: 20, legal: 20,
        result: 'C:危险废物经营许可证:', depth: 3, visits: 1, fields: ['wasteCategories:textarea!:经营危险废物类别'],
      },
      {
        name: '辐射安全许可证核发', type: 'L', aud: 'E', ev: ['environment', 'business_operation'], basis: ['《放射性同位素与射线装置安全和防护条例》'],
        cond: ['有符合规定的辐射防护设施和人员'], mat: ['form', 'business_licence', '*辐射安全管理制度', '*人员培训合格证明'], days: 20, legal: 20,
        result: 'C:辐射安全许可证:', depth: 3, visits: 1, fields: ['deviceType:text!:射线装置类别'],
      },
      {
        name: '生态环境信访投诉', aliases: ['环境投诉', '噪音投诉', '污染举报', '油烟扰民'], type: 'S', aud: 'P', ev: ['environment', 'legal_aid'], basis: ['《信访工作条例》', '《环境信访办法》'],
        cond: ['公民反映环境污染或生态破坏问题'], mat: ['?现场照片@有条件提供的'], days: 15, result: 'D:处理结果答复', depth: 4, visits: 0,
        fields: ['pollutionType:select!:问题类型:noise=噪声|air=废气油烟|water=污水|waste=固废|other=其他', 'location:text!:问题发生地点', 'facts:textarea!:问题描述'], pop: 35,
      },
      {
        name: '建设项目竣工环境保护验收信息公开', type: 'O', aud: 'E', ev: ['construction', 'environment'], basis: ['《建设项目环境保护管理条例》'],
        cond: ['编制环境影响报告书（表）的建设项目竣工后'], mat: ['*验收监测报告'], days: 0, result: 'D:验收信息公开回执', depth: 4, visits: 0, fields: ['projectName:text!:项目名称'],
      },
      {
        name: '夜间施工噪声排放证明', aliases: ['夜间施工许可'], type: 'L', aud: 'E', ev: ['construction'], basis: ['《中华人民共和国噪声污染防治法》'],
        cond: ['因生产工艺要求或特殊需要必须连续施工作业'], mat: ['form', '*施工许可证', '*连续施工必要性说明'], days: 3, result: 'A:夜间施工证明', depth: 4, visits: 0,
        fields: ['projectName:text!:项目名称', 'nightStart:date!:施工开始日期', 'nightEnd:date!:施工结束日期'],
      },
    ],
  },
  {
    code: 'cgj',
    basis: ['《城市市容和环境卫生管理条例》', '《杭州市城市市容和环境卫生管理条例》'],
    place: { address: '杭州市上城区解放东路18号市民中心B座城管窗口', window: '城管窗口' },
    districtBody: '杭州市{d}城市管理局',
    items: [
      {
        name: '户外广告设施设置审批', aliases: ['广告牌审批', '户外广告'], type: 'L', aud: 'E', ev: ['business_operation'], basis: ['《城市市容和环境卫生管理条例》', '《杭州市户外广告设施设置管理办法》'],
        cond: ['符合户外广告设施设置规划', '设施结构安全'], mat: ['form', 'business_licence', '*设计效果图', '*结构安全证明'], days: 10, legal: 20, result: 'A:户外广告设施设置许可决定书',
        depth: 4, visits: 0, districts: true, fields: ['businessAddress', 'signSize:text!:设施尺寸（长×宽）'],
      },
      {
        name: '店招店牌设置备案', aliases: ['招牌备案', '门头招牌', '店招'], type: 'O', aud: 'PE', ev: ['business_start', 'business_operation'], basis: ['《杭州市城市市容和环境卫生管理条例》'],
        cond: ['店招店牌设置于本店经营场所外立面', '符合城市容貌标准'], mat: ['business_licence', '*设计效果图'], days: 3, result: 'D:店招店牌备案回执', depth: 4, visits: 0,
        fields: ['businessName', 'businessAddress', 'signSize:text!:设施尺寸（长×宽）'], pop: 25,
      },
      {
        name: '城市道路挖掘许可', aliases: ['挖路许可'], type: 'L', aud: 'E', ev: ['construction'], basis: ['《城市道路管理条例》'], cond: ['因工程建设需要挖掘城市道路'],
        mat: ['form', '*规划许可文件', '*施工方案'], days: 5, legal: 20, result: 'A:城市道路挖掘许可决定书', depth: 4, visits: 0, fields: ['projectName:text!:工程名称', 'location:text!:挖掘位置'],
      },
      {
        name: '临时占用城市道路许可', aliases: ['占道许可', '占道经营'], type: 'L', aud: 'PE', ev: ['business_operation', 'construction'], basis: ['《城市道路管理条例》'],
        cond: ['因特殊情况需要临时占用城市道路'], mat: ['form', '*占道位置示意图'], days: 5, legal: 20, result: 'A:临时占用城市道路许可决定书', depth: 4, visits: 0,
        fields: ['location:text!:占用位置', 'startDate:date!:开始日期', 'endDate:date!:结束日期'],
      },
      {
        name: '建筑垃圾处置核准', aliases: ['装修垃圾', '渣土处置'], type: 'L', aud: 'PE', ev: ['construction', 'housing'], basis: ['《城市建筑垃圾管理规定》'],
        cond: ['有建筑垃圾分类处置方案', '运输车辆符合要求'], mat: ['form', '*处置方案', '*运输合同'], days: 3, legal: 20, result: 'C:建筑垃圾处置核准证:', depth: 4, visits: 0,
        fields: ['location:text!:产生地点', 'volume:number!:预计数量（立方米）'],
      },
      {
        name: '餐厨垃圾收运服务登记', aliases: ['厨余垃圾收运', '泔水收运'], type: 'S', aud: 'E', ev: ['business_start'], basis: ['《杭州市生活垃圾管理条例》'],
        cond: ['产生餐厨垃圾的餐饮服务单位'], mat: ['business_licence'], days: 3, result: 'D:餐厨垃圾收运服务协议', depth: 4, visits: 0,
        fields: ['businessName', 'businessAddress', 'dailyVolume:number!:日产生量（公斤）'],
      },
      {
        name: '污水排入排水管网许可', aliases: ['排水许可', '排水证'], type: 'L', aud: 'E', ev: ['business_start', 'environment'], basis: ['《城镇排水与污水处理条例》', '《城镇污水排入排水管网许可管理办法》'],
        cond: ['从事餐饮、洗车、医疗等活动的排水户', '已按规定建设预处理设施（隔油池等）'], mat: ['form', 'business_licence', '*排水接管平面图', '*预处理设施说明'],
        days: 7, legal: 15, result: 'C:城镇污水排入排水管网许可证:', depth: 4, visits: 0, fields: ['businessName', 'businessAddress', 'dailyDischarge:number!:日排水量（吨）'], pop: 20,
      },
      {
        name: '燃气经营许可', type: 'L', aud: 'E', ev: ['business_operation'], basis: ['《城镇燃气管理条例》'], cond: ['有符合国家标准的燃气气源和燃气设施', '有固定的经营场所'],
        mat: ['form', 'business_licence', '*安全管理制度', '*专业人员资格证明'], days: 20, legal: 20, result: 'C:燃气经营许可证:', depth: 3, visits: 1, fields: ['businessAddress'],
      },
      {
        name: '门前责任区申报', aliases: ['门前三包'], type: 'S', aud: 'PE', ev: ['business_start', 'business_operation'], basis: ['《杭州市城市市容和环境卫生管理条例》'],
        cond: ['临街经营单位和个体工商户'], mat: ['business_licence'], days: 1, result: 'D:门前责任区责任告知书', depth: 4, visits: 0, fields: ['businessName', 'businessAddress'],
      },
      {
        name: '城市绿地占用及树木迁移审批', aliases: ['砍树审批', '移树'], type: 'L', aud: 'PE', ev: ['construction'], basis: ['《城市绿化条例》'],
        cond: ['因建设需要临时占用绿地或迁移树木'], mat: ['form', '*位置示意图', 'site_photos'], days: 10, legal: 20, result: 'A:审批决定书', depth: 3, visits: 1,
        fields: ['location:text!:位置', 'treeCount:number!:树木数量'],
      },
    ],
  },
  {
    code: 'xfjy',
    basis: ['《中华人民共和国消防法》'],
    place: { address: '杭州市上城区解放东路18号市民中心B座消防窗口', window: '消防窗口' },
    districtBody: '杭州市{d}消防救援大队',
    items: [
      {
        name: '公众聚集场所投入使用、营业前消防安全检查', aliases: ['消防检查', '消防验收', '消防许可', '饭店消防'], type: 'L', aud: 'E', ev: ['business_start'],
        basis: ['《中华人民共和国消防法》', '《公众聚集场所投入使用、营业消防安全检查规则》'],
        cond: ['宾馆、饭店、商场、娱乐场所等公众聚集场所', '在投入使用、营业前申请'], mat: ['form', 'business_licence', 'premises_proof', '*消防安全制度', '*场所平面布置图'],
        days: 10, legal: 10, result: 'A:公众聚集场所投入使用、营业消防安全检查意见书', depth: 4, visits: 0,
        fields: ['businessName', 'businessAddress', 'businessArea', 'commitmentMode:radio!:办理方式:promise=告知承诺|inspect=检查后许可'], pop: 30,
      },
      {
        name: '大型群众性活动消防安全检查', type: 'O', aud: 'E', ev: ['culture_travel'], cond: ['举办大型群众性活动前'], mat: ['form', '*活动消防安全方案', '*场地平面图'], days: 5,
        result: 'D:消防安全检查意见', depth: 3, visits: 1, fields: ['eventName:text!:活动名称', 'eventDate:date!:活动日期', 'venue:text!:活动场所'],
      },
      {
        name: '火灾事故认定', type: 'C', aud: 'PE', ev: ['legal_aid'], basis: ['《火灾事故调查规定》'], cond: ['火灾当事人申请'], mat: ['id_card', '*火灾损失申报材料'],
        days: 30, legal: 30, result: 'D:火灾事故认定书', depth: 2, visits: 1,
      },
      {
        name: '消防安全违法行为举报', aliases: ['消防隐患举报', '堵塞消防通道', '消防举报'], type: 'S', aud: 'P', ev: ['legal_aid'], cond: ['发现消防安全违法行为或火灾隐患'],
        mat: ['?现场照片@有条件提供的'], days: 3, result: 'D:核查处理结果', depth: 4, visits: 0, fields: ['location:text!:隐患地点', 'facts:textarea!:隐患描述'], pop: 25,
      },
      {
        name: '消防安全重点单位申报备案', type: 'O', aud: 'E', ev: ['business_operation'], cond: ['符合消防安全重点单位界定标准的单位'], mat: ['business_licence', '*消防安全管理人员名单'],
        days: 5, result: 'D:备案回执', depth: 4, visits: 0, fields: ['legalRepresentative', 'safetyManager:text!:消防安全管理人'],
      },
      {
        name: '建设工程消防验收备案抽查', type: 'O', aud: 'E', ev: ['construction'], basis: ['《建设工程消防设计审查验收管理暂行规定》'], cond: ['其他建设工程竣工验收合格之日起5个工作日内'],
        mat: ['form', '*竣工验收报告', '*消防设施检测报告'], days: 15, result: 'D:备案凭证', depth: 4, visits: 0, fields: ['projectName:text!:工程名称'],
      },
    ],
  },
  {
    code: 'wglj',
    basis: ['《娱乐场所管理条例》'],
    place: { address: '杭州市上城区解放东路18号市民中心B座文旅窗口', window: '文旅窗口' },
    districtBody: '杭州市{d}文化和广电旅游体育局',
    items: [
      {
        name: '娱乐场所经营许可', aliases: ['KTV许可', '歌舞厅许可', '游艺厅许可'], type: 'L', aud: 'E', ev: ['business_start'], cond: ['场所符合消防、治安要求', '不在居民住宅楼内'],
        mat: ['form', 'business_licence', 'premises_proof', 'floor_plan'], days: 15, legal: 20, result: 'C:娱乐经营许可证:', depth: 3, visits: 1, fields: ['businessAddress', 'businessArea', 'roomCount:number!:包厢数量'],
      },
      {
        name: '营业性演出审批', aliases: ['演出许可', '演唱会审批'], type: 'L', aud: 'E', ev: ['culture_travel', 'business_operation'], basis: ['《营业性演出管理条例》'],
        cond: ['演出举办单位具备相应资质', '演出场所合法'], mat: ['form', '*演出节目内容', '*演员身份证明', '*场地使用协议'], days: 3, legal: 3, result: 'A:营业性演出批准文件', depth: 4, visits: 0,
        fields: ['showName:text!:演出名称', 'eventDate:date!:演出日期', 'venue:text!:演出场所'],
      },
      {
        name: '旅行社设立许可', type: 'L', aud: 'E', ev: ['business_start'], basis: ['《旅行社条例》'], cond: ['有固定的经营场所和必要的营业设施', '交纳旅游服务质量保证金'],
        mat: ['form', 'business_licence', 'premises_proof', '*质量保证金存款证明'], days: 20, legal: 20, result: 'C:旅行社业务经营许可证:', depth: 3, visits: 1, fields: ['businessAddress'],
      },
      {
        name: '互联网上网服务营业场所经营许可', aliases: ['网吧许可'], type: 'L', aud: 'E', ev: ['business_start'], basis: ['《互联网上网服务营业场所管理条例》'],
        cond: ['营业场所距中小学校200米以外', '计算机台数和营业面积符合标准'], mat: ['form', 'business_licence', 'premises_proof', '*消防安全检查意见'], days: 20, legal: 20,
        result: 'C:网络文化经营许可证:', depth: 3, visits: 1, fields: ['businessAddress', 'terminalCount:number!:计算机台数'],
      },
      {
        name: '导游证核发', type: 'L', aud: 'P', ev: ['employment', 'culture_travel'], basis: ['《导游管理办法》'], cond: ['取得导游人员资格证书', '与旅行社订立劳动合同或在导游协会注册'],
        mat: ['id_card', 'photo', '*导游人员资格证书'], days: 10, legal: 10, result: 'C:电子导游证:', depth: 4, visits: 0, fields: ['agency:text!:执业旅行社或导游协会'],
      },
      {
        name: '公共图书馆读者证办理', aliases: ['借书证', '图书证', '图书馆'], type: 'S', aud: 'P', ev: ['culture_travel', 'education'], basis: ['《中华人民共和国公共图书馆法》'],
        cond: ['持有效身份证件的读者'], mat: ['id_card'], days: 0, result: 'C:读者证（电子）:', depth: 4, visits: 0, flags: 'T', fields: ['readerType:select!:读者类型:adult=成人|child=少儿'], pop: 35,
      },
      {
        name: '文物保护单位修缮方案审批', type: 'L', aud: 'E', ev: ['construction', 'culture_travel'], basis: ['《中华人民共和国文物保护法》'], cond: ['对市级以下文物保护单位进行修缮'],
        mat: ['form', '*修缮方案', '*设计单位资质'], days: 20, legal: 20, result: 'A:审批意见', depth: 2, visits: 1,
      },
      {
        name: '艺术品经营单位备案', type: 'O', aud: 'E', ev: ['business_operation'], basis: ['《艺术品经营管理办法》'], cond: ['领取营业执照之日起15日内'], mat: ['business_licence', 'premises_proof'],
        days: 3, result: 'D:艺术品经营单位备案证明', depth: 4, visits: 0, fields: ['businessAddress'],
      },
      {
        name: '高危险性体育项目经营许可', aliases: ['游泳馆许可', '攀岩许可'], type: 'L', aud: 'E', ev: ['business_start'], basis: ['《全民健身条例》', '《经营高危险性体育项目许可管理办法》'],
        cond: ['相关体育设施符合国家标准', '有达到规定数量的社会体育指导人员和救助人员'], mat: ['form', 'business_licence', '*设施检测报告', '*救生员资格证明'],
        days: 20, legal: 30, result: 'C:高危险性体育项目经营许可证:', depth: 3, visits: 1, fields: ['businessAddress', 'sportType:select!:项目:swim=游泳|climb=攀岩|ski=滑雪|dive=潜水'],
      },
    ],
  },
  {
    code: 'nyncj',
    basis: ['《中华人民共和国动物防疫法》'],
    place: { address: '杭州市上城区解放东路18号市民中心B座农业农村窗口', window: '农业农村窗口' },
    districtBody: '杭州市{d}农业农村局',
    items: [
      {
        name: '犬只狂犬病免疫', aliases: ['狗打疫苗', '狂犬疫苗', '犬只免疫', '宠物疫苗'], type: 'S', aud: 'P', ev: ['pets'], basis: ['《中华人民共和国动物防疫法》', '《杭州市限制养犬规定》'],
        cond: ['3月龄以上犬只每年接种一次狂犬病疫苗'], mat: ['id_card'], days: 0, result: 'D:犬只狂犬病免疫证明', depth: 3, visits: 1, flags: 'A',
        fields: ['dogName:text!:犬名', 'dogBreed:text!:品种', 'clinic:text!:免疫点（动物诊疗机构）'], pop: 40,
      },
      {
        name: '动物诊疗许可证核发', aliases: ['宠物医院许可'], type: 'L', aud: 'E', ev: ['business_start'], basis: ['《中华人民共和国动物防疫法》', '《动物诊疗机构管理办法》'],
        cond: ['有与动物诊疗活动相适应的场所和执业兽医', '距离畜禽养殖场等200米以上'], mat: ['form', 'business_licence', 'premises_proof', '*执业兽医资格证书'], days: 15, legal: 20,
        result: 'C:动物诊疗许可证:', depth: 4, visits: 0, fields: ['businessAddress', 'vetCount:number!:执业兽医人数'],
      },
      {
        name: '兽药经营许可证核发', type: 'L', aud: 'E', ev: ['business_start'], basis: ['《兽药管理条例》'], cond: ['有与经营兽药相适应的兽药技术人员和营业场所'],
        mat: ['form', 'business_licence', 'premises_proof'], days: 20, legal: 30, result: 'C:兽药经营许可证:', depth: 3, visits: 1, fields: ['businessAddress'],
      },
      {
        name: '农药经营许可', type: 'L', aud: 'E', ev: ['business_start'], basis: ['《农药管理条例》'], cond: ['有具备农药和病虫害防治专业知识的经营人员'],
        mat: ['form', 'business_licence', 'premises_proof', '*安全防护制度'], days: 20, legal: 20, result: 'C:农药经营许可证:', depth: 3, visits: 1, fields: ['businessAddress'],
      },
      {
        name: '农作物种子生产经营许可', type: 'L', aud: 'E', ev: ['business_start'], basis: ['《中华人民共和国种子法》'], cond: ['具有与种子生产经营相适应的设施、设备及专业技术人员'],
        mat: ['form', 'business_licence', '*种子检验设备清单'], days: 20, legal: 20, result: 'C:农作物种子生产经营许可证:', depth: 2, visits: 1,
      },
      {
        name: '动物防疫条件合格证核发', type: 'L', aud: 'E', ev: ['business_start'], basis: ['《中华人民共和国动物防疫法》'], cond: ['动物饲养场、屠宰加工场所等选址、布局符合动物防疫要求'],
        mat: ['form', 'business_licence', 'floor_plan', '*防疫制度'], days: 15, legal: 20, result: 'C:动物防疫条件合格证:', depth: 3, visits: 1, fields: ['businessAddress'],
      },
      {
        name: '渔业捕捞许可', type: 'L', aud: 'PE', ev: ['business_operation'], basis: ['《中华人民共和国渔业法》'], cond: ['有渔业船舶检验证书和登记证书'],
        mat: ['id_card', '*渔业船舶证书'], days: 10, legal: 20, result: 'C:渔业捕捞许可证:', depth: 2, visits: 1,
      },
      {
        name: '农村村民宅基地建房审批', aliases: ['农村建房', '宅基地审批', '盖房子'], type: 'L', aud: 'P', ev: ['housing', 'construction'], basis: ['《中华人民共和国土地管理法》', '《浙江省土地管理条例》'],
        cond: ['本集体经济组织成员，一户只能拥有一处宅基地', '符合国土空间规划'], mat: ['id_card', 'household_register', '*村民会议讨论意见', '*建房设计图'],
        days: 20, legal: 20, result: 'C:农村宅基地批准书:', depth: 3, visits: 1, districts: true, fields: ['address', 'landArea:number!:申请用地面积（平方米）', 'familySize:number!:家庭人数'], pop: 20,
      },
      {
        name: '农机购置与应用补贴申领', aliases: ['农机补贴'], type: 'G', aud: 'PE', ev: ['business_operation'], basis: ['《中华人民共和国农业机械化促进法》'],
        cond: ['从事农业生产的个人和组织购置补贴范围内的农机具'], mat: ['id_card', '*购机发票', '*农机具照片'], days: 20, result: '$:农机购置补贴', depth: 4, visits: 0,
        fields: ['machineType:text!:机具品目', 'priceFen:money!:购机价格（元）', 'bankAccount'],
      },
      {
        name: '家庭农场名录登记', type: 'O', aud: 'PE', ev: ['business_start'], cond: ['以家庭成员为主要劳动力从事农业规模化经营'], mat: ['id_card', '*土地承包或流转合同'],
        days: 10, result: 'D:家庭农场名录登记结果', depth: 4, visits: 0, fields: ['farmName:text!:农场名称', 'landArea:number!:经营面积（亩）'],
      },
    ],
  },
];
