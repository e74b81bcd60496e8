export default definePageConfig({ navigationBarTitleText: '缴纳费用' });
