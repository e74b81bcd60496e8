import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { relaunch } from './services/nav';
import { loadLanguage } from './i18n';
import { prefs, session } from './stores';

// The chosen language's texts start loading at once (简体中文 is built in).
void loadLanguage(prefs.get().lang);
import './app.css';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // Whatever ends the session (sign-out, a refused refresh) sends the user back to sign in.
    session.subscribe(() => {
      if (!session.get()) void relaunch('login');
    });
  });
  return children;
}

export default App;
