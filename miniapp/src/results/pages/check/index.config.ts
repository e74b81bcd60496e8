export default definePageConfig({ navigationBarTitleText: '电子文书核验' });
