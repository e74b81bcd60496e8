export default definePageConfig({ navigationBarTitleText: '代办委托' });
