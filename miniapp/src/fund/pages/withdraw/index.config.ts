export default definePageConfig({ navigationBarTitleText: '公积金提取' });
