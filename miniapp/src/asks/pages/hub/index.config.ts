export default definePageConfig({ navigationBarTitleText: '咨询与随手拍' });
