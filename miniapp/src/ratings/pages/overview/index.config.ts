export default definePageConfig({ navigationBarTitleText: '好差评运营概览' });
