export default {
  'auth.title': '统一身份认证',
  'auth.subtitle': '使用国家政务服务平台账号登录',
  'auth.sandboxNote': '测试环境：请选择一个测试身份登录',
  'auth.group.resident': '个人用户',
  'auth.group.staff': '窗口工作人员',
  'auth.group.operator': '运营人员',
  'auth.signingIn': '正在登录…',
  'auth.personaLabel': '以 {name} 的身份登录',
  'auth.weappLogin': '微信一键登录',
  'auth.agreement': '登录即表示同意《用户服务协议》和《隐私政策》',
} as const;
