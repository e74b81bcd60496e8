export default definePageConfig({ navigationBarTitleText: '情况通报' });
