import { useSyncExternalStore } from 'react';
import { prefs } from '../stores';

/** Current display preferences; re-renders when the language or elder mode changes anywhere. */
export function usePrefs() {
  return useSyncExternalStore(prefs.subscribe, prefs.get, prefs.get);
}
