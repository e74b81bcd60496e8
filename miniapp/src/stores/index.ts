import { taroStorage } from '../services/storage';
import { createPrefsStore } from './prefs';
import { createSessionStore } from './session';

/** The app's single instances, wired to Taro storage. */
export const session = createSessionStore(taroStorage);
export const prefs = createPrefsStore(taroStorage);
