export default definePageConfig({ navigationBarTitleText: '核验亮证码' });
