export default definePageConfig({ navigationBarTitleText: '配偶提取确认' });
