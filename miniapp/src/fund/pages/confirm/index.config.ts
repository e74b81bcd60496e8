export default definePageConfig({ navigationBarTitleText: '核对提取信息' });
