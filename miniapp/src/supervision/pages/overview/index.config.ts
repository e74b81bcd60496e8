export default definePageConfig({ navigationBarTitleText: '预警督办' });
