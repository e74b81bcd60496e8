export default definePageConfig({ navigationBarTitleText: '收件地址' });
