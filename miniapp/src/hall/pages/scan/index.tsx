import { Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { scanRoutes, type ScanResult } from '../../../contracts/scan';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { fieldLabel } from '../../../components/a11y';
import { useI18n } from '../../../hooks/useI18n';
import { call } from '../../../services/api';
import { IS_WEAPP } from '../../../services/env';
import { decodeQrImage } from '../../services/qr-decode';
import { go, hallErrorKey } from '../../services/go';
import '../../hall.css';

/** Where a scan answer leads: the page the BFF named, with what it needs. */
function open(r: ScanResult) {
  switch (r.kind) {
    case 'presentation': return go(r.path, { token: r.token }, true);
    case 'hall_checkin': return go(r.path, { ...r.query, hallName: r.hallName }, true);
    case 'pc_login': return go(r.path, { id: r.sessionId, site: r.site, device: r.device }, true);
    default: return go(r.path, r.query, true);
  }
}

/** 扫一扫: one entry for every 掌上办 code; anything else gets a clear refusal and is never opened. */
export default function ScanPage() {
  const { t, tError } = useI18n();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const resolve = async (scanned: string) => {
    setBusy(true);
    setProblem(null);
    try {
      await open(await call(scanRoutes.scan, { body: { text: scanned.trim() } }));
    } catch (e) {
      const key = hallErrorKey(e);
      setProblem(key ? t(key) : tError(e));
    } finally {
      setBusy(false);
    }
  };

  const scan = async () => {
    setProblem(null);
    try {
      if (IS_WEAPP) {
        const r = await Taro.scanCode({ scanType: ['qrCode'] });
        await resolve(r.result);
        return;
      }
      const picked = await Taro.chooseImage({ count: 1, sourceType: ['camera', 'album'] });
      const decoded = await decodeQrImage(picked.tempFilePaths[0]);
      if (decoded) await resolve(decoded);
      else setProblem(t('hall.scan.decodeFailed'));
    } catch {
      setProblem(t('hall.scan.decodeFailed'));
    }
  };

  return (
    <Screen id='scan-page' title={t('hall.scan.title')}>
      <PageHeader back title={t('hall.scan.title')} />
      <View className='zsb-overlap'>
        {problem ? <Notice id='scan-problem' kind='error' text={problem} /> : null}
        <Card id='scan-input'>
          <ActionButton id='scan-camera' text={IS_WEAPP ? t('hall.scan.camera') : t('hall.scan.upload')} loading={busy} onClick={() => void scan()} />
          <Textarea id='scan-text' className='zsb-hall__input' value={text} maxlength={4096} placeholder={t('hall.scan.paste')}
            {...fieldLabel(t('hall.scan.paste'))} onInput={(e) => setText(e.detail.value)} />
          <ActionButton id='scan-submit' kind='secondary' text={t('hall.scan.submit')} disabled={!text.trim() || busy} onClick={() => void resolve(text)} />
        </Card>
      </View>
    </Screen>
  );
}
