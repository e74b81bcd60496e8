/*
 * Guide texts that recur across items, in English, French and Japanese, keyed by the exact
 * 简体中文 text: departments and districts, opening hours, fees, procedure steps, FAQ questions,
 * tips, the most common materials and results, and the 一件事 bundles. `PATTERNS` translate
 * templated sentences (promised time limits, "already in the wallet" answers). Texts with no entry
 * stay in 简体中文 and are marked as such in the answer. `npm run i18n:missing` lists them.
 */
import type { Trio } from './item-names';

export const PHRASES: Record<string, Trio> = {
  // ── departments ──
  '杭州住房公积金管理中心': ['Hangzhou Housing Provident Fund Management Centre', 'Centre de gestion du fonds de logement de Hangzhou', '杭州住宅積立金管理センター'],
  '杭州市民政局': ['Hangzhou Civil Affairs Bureau', 'Bureau des affaires civiles de Hangzhou', '杭州市民政局'],
  '杭州市公安局': ['Hangzhou Public Security Bureau', 'Bureau de la sécurité publique de Hangzhou', '杭州市公安局'],
  '杭州市人力资源和社会保障局': ['Hangzhou Human Resources and Social Security Bureau', 'Bureau des ressources humaines et de la sécurité sociale de Hangzhou', '杭州市人力資源・社会保障局'],
  '杭州市医疗保障局': ['Hangzhou Healthcare Security Bureau', 'Bureau de l’assurance maladie de Hangzhou', '杭州市医療保障局'],
  '杭州市市场监督管理局': ['Hangzhou Market Regulation Bureau', 'Bureau de la régulation du marché de Hangzhou', '杭州市市場監督管理局'],
  '国家税务总局杭州市税务局': ['Hangzhou Tax Service, State Taxation Administration', 'Administration fiscale de Hangzhou (Administration d’État des impôts)', '国家税務総局杭州市税務局'],
  '杭州市住房和城乡建设局': ['Hangzhou Housing and Urban-Rural Development Bureau', 'Bureau du logement et de la construction urbaine et rurale de Hangzhou', '杭州市住宅・都市農村建設局'],
  '杭州市不动产登记服务中心': ['Hangzhou Real Estate Registration Centre', 'Centre d’enregistrement foncier de Hangzhou', '杭州市不動産登記サービスセンター'],
  '杭州市卫生健康委员会': ['Hangzhou Health Commission', 'Commission de la santé de Hangzhou', '杭州市衛生健康委員会'],
  '杭州市教育局': ['Hangzhou Education Bureau', 'Bureau de l’éducation de Hangzhou', '杭州市教育局'],
  '杭州市交通运输局': ['Hangzhou Transport Bureau', 'Bureau des transports de Hangzhou', '杭州市交通運輸局'],
  '杭州市生态环境局': ['Hangzhou Ecology and Environment Bureau', 'Bureau de l’écologie et de l’environnement de Hangzhou', '杭州市生態環境局'],
  '杭州市城市管理局': ['Hangzhou Urban Management Bureau', 'Bureau de la gestion urbaine de Hangzhou', '杭州市都市管理局'],
  '杭州市消防救援支队': ['Hangzhou Fire and Rescue Service', 'Service d’incendie et de secours de Hangzhou', '杭州市消防救援支隊'],
  '杭州市文化广电旅游局': ['Hangzhou Culture, Radio, Television and Tourism Bureau', 'Bureau de la culture, de l’audiovisuel et du tourisme de Hangzhou', '杭州市文化・放送・観光局'],
  '杭州市农业农村局': ['Hangzhou Agriculture and Rural Affairs Bureau', 'Bureau de l’agriculture et des affaires rurales de Hangzhou', '杭州市農業農村局'],
  '杭州市司法局': ['Hangzhou Justice Bureau', 'Bureau de la justice de Hangzhou', '杭州市司法局'],
  '杭州市退役军人事务局': ['Hangzhou Veterans Affairs Bureau', 'Bureau des anciens combattants de Hangzhou', '杭州市退役軍人事務局'],
  '杭州市残疾人联合会': ['Hangzhou Disabled Persons’ Federation', 'Fédération des personnes handicapées de Hangzhou', '杭州市障害者連合会'],
  // ── city and districts ──
  '杭州市': ['Hangzhou', 'Hangzhou', '杭州市'],
  '上城区': ['Shangcheng District', 'District de Shangcheng', '上城区'],
  '拱墅区': ['Gongshu District', 'District de Gongshu', '拱墅区'],
  '西湖区': ['Xihu District', 'District de Xihu', '西湖区'],
  '滨江区': ['Binjiang District', 'District de Binjiang', '浜江区'],
  // ── opening hours ──
  '工作日 9:00-12:00，13:30-17:00（法定节假日除外）': ['Working days 9:00–12:00 and 13:30–17:00 (closed on public holidays)', 'Jours ouvrés de 9 h à 12 h et de 13 h 30 à 17 h (fermé les jours fériés)', '平日 9:00～12:00、13:30～17:00（祝日を除く）'],
  '工作日 9:00-12:00，13:30-17:00（法定节假日除外）；周六 9:00-12:00 延时服务（仅限预约）': ['Working days 9:00–12:00 and 13:30–17:00 (closed on public holidays); Saturdays 9:00–12:00 by appointment only', 'Jours ouvrés de 9 h à 12 h et de 13 h 30 à 17 h (fermé les jours fériés) ; samedi de 9 h à 12 h sur rendez-vous uniquement', '平日 9:00～12:00、13:30～17:00（祝日を除く）；土曜 9:00～12:00 は予約制の延長サービス'],
  // ── fees ──
  '不收费': ['Free of charge', 'Gratuit', '無料'],
  '住宅每件80元': ['CNY 80 per residential property', '80 yuans par logement', '住宅1件につき80元'],
  '工本费每证10元': ['CNY 10 per certificate (production cost)', '10 yuans par titre (frais de fabrication)', '作成費 1通10元'],
  '证件每本60元，签注每次15元': ['CNY 60 per document, CNY 15 per endorsement', '60 yuans par document, 15 yuans par visa', '証件1冊60元、査証1回15元'],
  '工本费每证20元': ['CNY 20 per certificate (production cost)', '20 yuans par titre (frais de fabrication)', '作成費 1通20元'],
  '工本费每证40元': ['CNY 40 per certificate (production cost)', '40 yuans par titre (frais de fabrication)', '作成費 1通40元'],
  '每本120元': ['CNY 120 per booklet', '120 yuans par livret', '1冊120元'],
  '登记费首年500元（重点管理区）': ['Registration fee CNY 500 for the first year (priority management zone)', 'Frais d’enregistrement de 500 yuans la première année (zone de gestion renforcée)', '登録料 初年度500元（重点管理区域）'],
  '年检费每年300元（重点管理区）': ['Annual inspection fee CNY 300 per year (priority management zone)', 'Contrôle annuel de 300 yuans par an (zone de gestion renforcée)', '年次検査料 年300元（重点管理区域）'],
  '号牌工本费100元，行驶证工本费10元': ['Number plates CNY 100, vehicle licence CNY 10', 'Plaques d’immatriculation 100 yuans, certificat d’immatriculation 10 yuans', 'ナンバープレート100元、車検証10元'],
  '补卡工本费20元（有效期满换卡免费）': ['CNY 20 for a replacement card (free when renewing an expired card)', '20 yuans pour une carte de remplacement (gratuit pour le renouvellement d’une carte expirée)', '再発行料20元（有効期限切れの更新は無料）'],
  '非住宅每件550元': ['CNY 550 per non-residential property', '550 yuans par bien non résidentiel', '非住宅1件につき550元'],
  '每件80元': ['CNY 80 per case', '80 yuans par dossier', '1件80元'],
  '每本工本费10元': ['CNY 10 per booklet (production cost)', '10 yuans par livret (frais de fabrication)', '1冊につき作成費10元'],
  '体检费按物价部门核定标准': ['Examination fee at the rate approved by the price authority', 'Frais d’examen selon le tarif fixé par l’autorité des prix', '健診料は物価部門の認定基準による'],
  '按公证事项收费，每件80元起': ['Charged per notarial matter, from CNY 80', 'Tarif selon l’acte notarié, à partir de 80 yuans', '公証事項ごとに1件80元から'],
  // ── procedure: steps, who does them, what happens ──
  '办结送达': ['Decision and delivery', 'Décision et remise', '完了・送達'],
  '网上申请': ['Apply online', 'Demande en ligne', 'オンライン申請'],
  '预审': ['Preliminary check', 'Examen préalable', '事前審査'],
  '受理': ['Acceptance', 'Enregistrement de la demande', '受理'],
  '审查与决定': ['Review and decision', 'Instruction et décision', '審査と決定'],
  '受理并办结': ['Accepted and completed on the spot', 'Enregistrement et décision immédiate', '受理・即日完了'],
  '现场核验': ['On-site verification', 'Vérification sur place', '窓口での確認'],
  '窗口提交': ['Submit at the counter', 'Dépôt au guichet', '窓口で提出'],
  '受理窗口': ['Service counter', 'Guichet d’accueil', '受付窓口'],
  '申请人': ['Applicant', 'Demandeur', '申請者'],
  '承办处室': ['Handling division', 'Service instructeur', '担当部署'],
  '单位': ['Employer', 'Employeur', '勤務先'],
  '登录掌上办填写申请表，证照库已有的材料直接调用，其余材料拍照或上传扫描件后提交。': ['Sign in to Zhangshangban and fill in the form; documents already in your wallet are used directly, photograph or upload the others, then submit.', 'Connectez-vous à Zhangshangban et remplissez le formulaire ; les pièces déjà dans votre portefeuille sont reprises, photographiez ou téléversez les autres, puis envoyez.', '掌上辦にログインして申請書に記入します。証照庫にある書類はそのまま使われ、その他は撮影またはスキャンしてアップロードし、提出します。'],
  '受理窗口在1个工作日内预审，材料不全或不符合法定形式的，一次性告知需要补正的全部内容。': ['The counter checks the application within 1 working day; if documents are missing or not in the legal form, you are told everything to complete at once.', 'Le guichet examine la demande sous 1 jour ouvré ; si des pièces manquent ou ne sont pas conformes, tout ce qu’il faut compléter vous est indiqué en une seule fois.', '受付窓口が1営業日以内に事前審査します。書類の不足や形式の不備があれば、補正すべき内容をまとめて一度にお知らせします。'],
  '办理结果通过消息中心通知，证照类结果同步发放至证照库，纸质结果可选择窗口领取或快递送达。': ['You are told the result in the message centre; certificates go straight into your wallet, and paper results can be collected at the counter or sent by courier.', 'Le résultat vous est notifié dans la messagerie ; les titres arrivent dans votre portefeuille, les documents papier sont à retirer au guichet ou envoyés par coursier.', '結果はメッセージセンターで通知され、証照は証照庫に同時に発行されます。紙の結果は窓口受取または宅配を選べます。'],
  '材料齐全、符合法定形式的予以受理，出具受理通知书；不予受理的说明理由。': ['A complete application in the legal form is accepted with an acceptance notice; a refusal states its reasons.', 'Un dossier complet et conforme est enregistré avec un avis de réception ; un refus est motivé.', '書類がそろい法定の形式を満たす場合は受理し、受理通知書を交付します。受理しない場合は理由を説明します。'],
  '承办处室审查，在承诺时限内作出办理决定。': ['The handling division reviews the application and decides within the promised time limit.', 'Le service instructeur examine la demande et décide dans le délai promis.', '担当部署が審査し、約束期限内に決定します。'],
  '承办处室审查，在承诺时限内作出准予或不予许可的决定。': ['The handling division reviews the application and grants or refuses the licence within the promised time limit.', 'Le service instructeur examine la demande et accorde ou refuse l’autorisation dans le délai promis.', '担当部署が審査し、約束期限内に許可または不許可を決定します。'],
  '承办处室审查，在承诺时限内作出给付决定。': ['The handling division reviews the application and decides on the payment within the promised time limit.', 'Le service instructeur examine la demande et décide du versement dans le délai promis.', '担当部署が審査し、約束期限内に給付を決定します。'],
  '材料齐全、符合法定形式的，当场受理并办结。': ['A complete application in the legal form is accepted and completed on the spot.', 'Un dossier complet et conforme est enregistré et traité sur place.', '書類がそろい法定の形式を満たす場合は、その場で受理し完了します。'],
  '申请人凭受理通知书到窗口领取办理结果。': ['Collect the result at the counter with your acceptance notice.', 'Retirez le résultat au guichet sur présentation de l’avis de réception.', '受理通知書を持って窓口で結果を受け取ります。'],
  // ── FAQ questions and fixed answers ──
  '哪些材料可以免于提交？': ['Which documents need not be submitted?', 'Quelles pièces n’ai-je pas à fournir ?', '提出を省略できる書類は？'],
  '多久能办好？': ['How long does it take?', 'Quel est le délai ?', 'どのくらいで完了しますか？'],
  '可以当场办结吗？': ['Can it be done on the spot?', 'Est-ce traité sur place ?', 'その場で完了できますか？'],
  '户口不在本地可以登记吗？': ['Can I register if my household registration is elsewhere?', 'Puis-je m’inscrire si mon hukou est dans une autre ville ?', '戸籍が当地にない場合も登記できますか？'],
  '材料齐全、符合法定形式的，当场办结。': ['A complete application in the legal form is completed on the spot.', 'Un dossier complet et conforme est traité sur place.', '書類がそろい法定の形式を満たす場合は、その場で完了します。'],
  // ── tips ──
  '男女双方须共同到场，不得委托他人代办。': ['Both partners must come in person; no one else may apply for you.', 'Les deux futurs époux doivent se présenter ensemble ; aucune procuration n’est admise.', '当事者双方がそろって来所してください。代理人による手続きはできません。'],
  '2寸近期半身免冠合影照片3张（红底）。': ['Three recent 2-inch half-length photos of the two of you together, bareheaded, on a red background.', 'Trois photos récentes du couple en buste, tête nue, format 2 pouces, sur fond rouge.', '最近撮影した2インチの上半身・無帽の2人の写真3枚（赤背景）。'],
  '可提前在线预约登记时间，每日限号。': ['You can book a time online in advance; places are limited each day.', 'Vous pouvez réserver un créneau en ligne ; le nombre de places par jour est limité.', '事前にオンラインで登記時間を予約できます（1日の枠に限りがあります）。'],
  '承诺时限：手续齐备，现场办理。': ['Promised time: done on the spot when everything is in order.', 'Délai promis : traitement sur place si le dossier est complet.', '約束期限：手続きがそろえばその場で処理します。'],
  // ── common materials, when they are needed, who issues them ──
  '居民身份证': ['Resident ID card', 'Carte d’identité', '住民身分証'],
  '居民户口簿': ['Household register booklet (hukou)', 'Livret d’enregistrement du ménage (hukou)', '戸口簿（戸籍簿）'],
  '授权委托书及受托人身份证件': ['Power of attorney and the representative’s ID', 'Procuration et pièce d’identité du mandataire', '委任状と受任者の身分証明書'],
  '营业执照': ['Business licence', 'Extrait d’immatriculation (licence commerciale)', '営業許可証'],
  '经营场所使用证明（产权证明或租赁协议）': ['Proof of use of the premises (title deed or lease)', 'Justificatif d’occupation des locaux (titre de propriété ou bail)', '営業場所の使用証明（権利証または賃貸借契約）'],
  '近期免冠彩色证件照片（白底）': ['Recent bareheaded colour ID photo (white background)', 'Photo d’identité couleur récente, tête nue (fond blanc)', '最近撮影した無帽のカラー証明写真（白背景）'],
  '结婚证': ['Marriage certificate', 'Certificat de mariage', '結婚証'],
  '不动产权证书': ['Real estate title certificate', 'Titre de propriété immobilière', '不動産権利証書'],
  '家庭成员收入及财产状况申报表': ['Declaration of household members’ income and assets', 'Déclaration des revenus et du patrimoine des membres du foyer', '世帯員の収入・資産状況申告書'],
  '居住证': ['Residence permit', 'Permis de résidence', '居住証'],
  '残疾人证': ['Disability certificate', 'Carte d’invalidité', '障害者証'],
  '商品房买卖合同或存量房买卖合同': ['Purchase contract of the new or second-hand home', 'Contrat d’achat du logement neuf ou ancien', '新築または中古住宅の売買契約書'],
  '居民死亡医学证明（推断）书': ['Medical certificate of death', 'Certificat médical de décès', '死亡医学証明書'],
  '出生医学证明': ['Birth medical certificate', 'Certificat médical de naissance', '出生医学証明書'],
  '病历、诊断证明等医疗资料': ['Medical records such as case notes and diagnosis certificates', 'Dossier médical (comptes rendus, certificats de diagnostic…)', 'カルテ・診断書などの医療資料'],
  '本人银行借记卡': ['Your own bank debit card', 'Votre carte bancaire de débit', '本人名義の銀行デビットカード'],
  '机动车行驶证': ['Vehicle licence (registration certificate)', 'Certificat d’immatriculation du véhicule', '自動車検査証（行駛証）'],
  '从业人员健康证明': ['Staff health certificates', 'Certificats de santé du personnel', '従業員の健康証明'],
  '退出现役证': ['Certificate of discharge from active service', 'Certificat de fin de service actif', '退役証'],
  '劳动合同': ['Employment contract', 'Contrat de travail', '労働契約書'],
  '承诺书': ['Letter of undertaking', 'Déclaration sur l’honneur', '誓約書'],
  '本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明': ['Signed declaration that you have no spouse and are not closely related to your partner', 'Déclaration signée d’absence de conjoint et de lien de parenté proche avec le futur époux', '配偶者がおらず、相手方と直系血族・三親等内の傍系血族の関係にないことの署名入り宣誓書'],
  '离婚协议书（一式三份）': ['Divorce agreement (three copies)', 'Convention de divorce (en trois exemplaires)', '離婚協議書（3部）'],
  '委托他人代为办理的': ['When someone applies for you', 'Si une autre personne fait la démarche pour vous', '他人に委任して手続きする場合'],
  '非本市户籍的': ['If your household registration is not in this city', 'Si votre hukou n’est pas dans la ville', '本市に戸籍がない場合'],
  '已婚的': ['If married', 'Si vous êtes marié(e)', '既婚の場合'],
  '提取配偶住房公积金的': ['When also withdrawing your spouse’s housing fund', 'Pour retirer aussi l’épargne du conjoint', '配偶者の住宅積立金も引き出す場合'],
  '申请人自备': ['Provided by the applicant', 'Fourni par le demandeur', '申請者が用意'],
  '公安机关': ['Public security authority', 'Services de la sécurité publique', '公安機関'],
  '市场监督管理部门': ['Market regulation authority', 'Autorité de régulation du marché', '市場監督管理部門'],
  '不动产登记机构': ['Real estate registry', 'Service de la publicité foncière', '不動産登記機関'],
  '婚姻登记机关': ['Marriage registry', 'Service de l’état civil (mariages)', '婚姻登記機関'],
  '公安机关交通管理部门': ['Traffic police', 'Police de la circulation', '公安機関交通管理部門'],
  '医疗卫生机构': ['Medical institution', 'Établissement de santé', '医療衛生機関'],
  '助产医疗机构': ['Maternity hospital', 'Maternité', '助産医療機関'],
  '网上申办的，由系统根据填报内容自动生成，无需另行提交': ['Online, the system generates it from what you fill in; nothing else to submit', 'En ligne, le système le génère à partir de vos réponses ; rien d’autre à fournir', 'オンライン申請では入力内容から自動作成されるため、別途提出は不要です'],
  '产权已登记的可由登记信息核验': ['If the property is registered, the registry record is checked instead', 'Si le bien est enregistré, l’inscription au registre fait foi', '権利登記済みの場合は登記情報で確認できます'],
  '2寸，6个月内拍摄': ['2-inch, taken within the last 6 months', 'Format 2 pouces, de moins de 6 mois', '2インチ、6か月以内に撮影'],
  '用于发放款项': ['For the payment', 'Pour le versement', '給付金の振込用'],
  // ── results ──
  '参保登记信息': ['Insurance registration record', 'Attestation d’affiliation', '保険加入登録情報'],
  '入学通知书': ['Admission notice', 'Avis d’admission', '入学通知書'],
  '中华人民共和国残疾人证': ['Disability certificate of the People’s Republic of China', 'Carte d’invalidité de la République populaire de Chine', '中華人民共和国障害者証'],
  '离婚证': ['Divorce certificate', 'Certificat de divorce', '離婚証'],
  '婚姻登记记录证明（电子）': ['Certificate of marriage registration records (electronic)', 'Attestation des actes de mariage (électronique)', '婚姻登記記録証明（電子）'],
  '按月发放低保金': ['Monthly minimum living allowance', 'Versement mensuel du revenu minimum', '生活保障金の毎月支給'],
  '按月发放高龄津贴': ['Monthly old-age allowance', 'Versement mensuel de l’allocation de grand âge', '高齢者手当の毎月支給'],
  '户口簿新生儿页': ['Newborn’s page in the household register', 'Page du nouveau-né dans le livret du ménage', '戸口簿の新生児のページ'],
  '录取结果': ['Admission result', 'Résultat d’admission', '合否結果'],
  '给予法律援助决定书': ['Decision granting legal aid', 'Décision d’octroi de l’aide juridictionnelle', '法律扶助決定書'],
  '食品经营许可证': ['Food business licence', 'Licence d’exploitation alimentaire', '食品営業許可証'],
  '提取款项转入本人银行账户': ['The amount withdrawn is paid into your bank account', 'Le montant retiré est versé sur votre compte bancaire', '引き出し額を本人の銀行口座へ振込'],
  '机动车驾驶证': ['Driving licence', 'Permis de conduire', '運転免許証'],
  '社会保障卡': ['Social security card', 'Carte de sécurité sociale', '社会保障カード'],
  '不动产登记证明': ['Real estate registration certificate', 'Attestation d’inscription au registre foncier', '不動産登記証明'],
  '住房公积金缴存证明（电子）': ['Housing fund contribution certificate (electronic)', 'Attestation de cotisation au fonds de logement (électronique)', '住宅積立金納付証明（電子）'],
  '公共租赁住房资格确认书': ['Confirmation of eligibility for public rental housing', 'Confirmation d’éligibilité au logement social', '公共賃貸住宅資格確認書'],
  '转移接续结果': ['Transfer result', 'Résultat du transfert', '移管結果'],
  // ── 一件事 bundles ──
  '我要开饭店': ['Opening a restaurant', 'Ouvrir un restaurant', '飲食店を開く'],
  '新生儿出生': ['Having a baby', 'Naissance d’un enfant', '赤ちゃんの誕生'],
  '我要办犬证': ['Licensing a dog', 'Déclarer son chien', '犬の登録をする'],
  '退休一件事': ['Retiring', 'Partir à la retraite', '退職の手続き'],
  '企业开办': ['Starting a business', 'Créer une entreprise', '会社を設立する'],
  '开办餐饮店涉及的营业执照、食品经营许可、消防、招牌、排水、环评和餐厨垃圾收运，一次告知、一表申请。': ['Business licence, food licence, fire safety, shop sign, drainage, environmental assessment and kitchen waste collection for a restaurant: explained once, applied for with one form.', 'Licence commerciale, licence alimentaire, sécurité incendie, enseigne, assainissement, évaluation environnementale et collecte des déchets de cuisine d’un restaurant : une seule explication, un seul formulaire.', '飲食店の開業に必要な営業許可、食品営業許可、消防、看板、排水、環境アセスメント、厨房ごみ収集を一度に案内し、一つの申請書で申し込めます。'],
  '出生医学证明、预防接种证、户口登记、医保参保、社保卡和生育津贴，一次申请、分别办结。': ['Birth certificate, vaccination booklet, household registration, medical insurance, social security card and maternity allowance: one application, each completed by its department.', 'Certificat de naissance, carnet de vaccination, enregistrement du ménage, assurance maladie, carte de sécurité sociale et indemnités de maternité : une seule demande, chaque service la traite.', '出生医学証明、予防接種証、戸籍登録、医療保険加入、社会保障カード、出産手当金を一度に申請し、各部署がそれぞれ処理します。'],
  '犬只狂犬病免疫和养犬登记（或年检）一次办理。': ['Rabies vaccination and dog registration (or annual renewal) in one go.', 'Vaccination antirabique et déclaration du chien (ou renouvellement annuel) en une seule fois.', '犬の狂犬病予防接種と登録（または年次更新）を一度に手続きします。'],
  '养老金申领、退休人员医保待遇、公积金销户提取和老年优待证件一次申请。': ['Pension claim, retirees’ medical insurance, closing the housing fund account and senior cards: one application.', 'Demande de pension, assurance maladie des retraités, clôture du fonds de logement et cartes seniors : une seule demande.', '年金の申請、退職者の医療保険給付、住宅積立金の解約引き出し、高齢者優待証を一度に申請します。'],
  '营业执照、公章刻制、税务报到、发票领用、员工社保、医保和公积金开户，一表申请、一日办结。': ['Business licence, company seal, tax registration, invoices, and employees’ social insurance, medical insurance and housing fund accounts: one form, done in one day.', 'Licence commerciale, cachet officiel, inscription fiscale, factures, affiliations sociale, maladie et au fonds de logement des salariés : un formulaire, traité en un jour.', '営業許可、社印作成、税務登録、発票受領、従業員の社会保険・医療保険・住宅積立金の口座開設を一つの申請書で、一日で完了します。'],
};

/** A sentence template: the Chinese pattern and, per language, the sentence built from its parts. */
export interface Pattern {
  zh: RegExp;
  /** `tr` translates a captured phrase (undefined when it has no translation: the whole sentence stays Chinese). */
  to: Record<'en' | 'fr' | 'ja', (m: RegExpExecArray, tr: (zh: string) => string | undefined) => string | undefined>;
}

/** "居民身份证、居民户口簿" → the parts translated and joined, or undefined when one is missing. */
function list(zh: string, tr: (zh: string) => string | undefined, sep: string, last: string): string | undefined {
  const parts = zh.split('、').map(tr);
  if (parts.some((p) => p === undefined)) return undefined;
  if (parts.length === 1) return parts[0];
  return `${parts.slice(0, -1).join(sep)}${last}${parts[parts.length - 1]}`;
}

export const PATTERNS: Pattern[] = [
  {
    zh: /^承诺(\d+)个工作日内办结(?:（法定时限(\d+)个工作日）)?，自受理之日起计算，法定节假日不计，调休上班日计入。$/,
    to: {
      en: (m) => `Completed within ${m[1]} working day${m[1] === '1' ? '' : 's'}${m[2] ? ` (legal limit ${m[2]} working days)` : ''}, counted from acceptance; public holidays do not count, make-up working days do.`,
      fr: (m) => `Traitement sous ${m[1]} jour${m[1] === '1' ? '' : 's'} ouvré${m[1] === '1' ? '' : 's'}${m[2] ? ` (délai légal : ${m[2]} jours ouvrés)` : ''} à compter de l’enregistrement ; les jours fériés ne comptent pas, les jours ouvrés de récupération comptent.`,
      ja: (m) => `受理日から${m[1]}営業日以内に完了します${m[2] ? `（法定期限${m[2]}営業日）` : ''}。祝日は数えず、振替出勤日は数えます。`,
    },
  },
  {
    zh: /^(.+)已在电子证照库的，网上申办时直接调用，无需提交原件或复印件。$/,
    to: {
      en: (m, tr) => { const l = list(m[1]!, tr, ', ', ' and '); return l && `If your ${l.toLowerCase()} ${m[1]!.includes('、') ? 'are' : 'is'} already in the e-certificate library, applying online uses ${m[1]!.includes('、') ? 'them' : 'it'} directly: no original or copy needed.`; },
      fr: (m, tr) => { const l = list(m[1]!, tr, ', ', ' et '); return l && `Si ces pièces sont déjà dans la bibliothèque de titres électroniques (${l}), la demande en ligne les reprend directement : ni original ni copie à fournir.`; },
      ja: (m, tr) => { const l = list(m[1]!, tr, '、', '、'); return l && `${l}が電子証照庫にある場合、オンライン申請ではそのまま使われ、原本やコピーの提出は不要です。`; },
    },
  },
];
