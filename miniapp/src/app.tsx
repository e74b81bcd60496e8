import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { signingOut } from './services/sign-out-intent';
import { currentUrl, relaunch, toSignIn } from './services/nav';
import { registerServiceWorker } from './services/offline-shell';
import { loadLanguage } from './i18n';
import { prefs, session } from './stores';

// Another chosen language's texts start loading at once. 简体中文's first-screen texts are built in; the rest of
// them is requested right after the first render (useI18n), so it does not compete with the first screen.
if (prefs.get().lang !== 'zh-Hans') void loadLanguage(prefs.get().lang);
import './app.css';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // Whatever ends the session sends the user to sign in, clearing the stack so back finds no dead page.
    // A refused refresh comes back to the same page afterwards; a deliberate sign-out starts afresh.
    session.subscribe(() => {
      if (!session.get()) void toSignIn(signingOut() ? null : currentUrl(), { relaunch: true });
    });
    registerServiceWorker();
  });
  return children;
}

export default App;
