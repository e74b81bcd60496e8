import { Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { verificationRoutes, type Verification } from '../../../contracts/verification';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { VerificationResult } from '../../../components/VerificationResult';
import { fieldLabel } from '../../../components/a11y';
import { useI18n } from '../../../hooks/useI18n';
import { call } from '../../../services/api';
import { IS_WEAPP } from '../../../services/env';
import { decodeQrImage } from '../../services/qr-decode';
import './index.css';

/** 核验: scan (weapp) or photograph / upload (H5) a 亮证码, or paste its text, and see green or red. */
export default function VerifyPage() {
  const { t, tError } = useI18n();
  const [token, setToken] = useState('');
  const [result, setResult] = useState<Verification | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const check = async (text: string) => {
    setBusy(true);
    setProblem(null);
    setResult(null);
    try {
      setResult(await call(verificationRoutes.verify, { body: { token: text.trim() } }));
    } catch (e) {
      setProblem(tError(e));
    } finally {
      setBusy(false);
    }
  };

  // Opened from 扫一扫 with the scanned 亮证码: check it at once.
  const scanned = useRouter().params.token;
  useEffect(() => {
    if (scanned) void check(decodeURIComponent(scanned));
  }, [scanned]);

  const scan = async () => {
    setProblem(null);
    try {
      if (IS_WEAPP) {
        const r = await Taro.scanCode({ scanType: ['qrCode'] });
        await check(r.result);
        return;
      }
      const picked = await Taro.chooseImage({ count: 1, sourceType: ['camera', 'album'] });
      const text = await decodeQrImage(picked.tempFilePaths[0]);
      if (text) await check(text);
      else setProblem(t('verify.decodeFailed'));
    } catch {
      // Cancelled by the checker, or the picture could not be read.
      setProblem(t('verify.decodeFailed'));
    }
  };

  return (
    <Screen id='verify-page' title={t('verify.title')}>
      <PageHeader back title={t('verify.title')} />
      <View className='zsb-overlap'>
        {result ? <VerificationResult result={result} /> : null}
        {problem ? (
          <View className='zsb-verify__notice'>
            <Notice id='verify-problem' kind='error' text={problem} />
          </View>
        ) : null}
        <Card id='verify-input'>
          <ActionButton id='verify-scan' text={IS_WEAPP ? t('verify.scan') : t('verify.upload')} loading={busy} onClick={() => void scan()} />
          <Textarea
            id='verify-token'
            className='zsb-verify__token'
            value={token}
            maxlength={4096}
            placeholder={t('verify.paste')}
            {...fieldLabel(t('verify.paste'))}
            onInput={(e) => setToken(e.detail.value)}
          />
          <ActionButton id='verify-submit' kind='secondary' text={t('verify.submit')} disabled={!token.trim()} onClick={() => void check(token)} />
        </Card>
      </View>
    </Screen>
  );
}
