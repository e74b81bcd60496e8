import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { mandateRoutes, MANDATE_PAGES } from '../../../contracts/mandates';
import type { z } from 'zod';
import type { AssistSchema } from '@zsb/shared/contracts/mandates';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { QrCode } from '../../../components/QrCode';
import { Screen } from '../../../components/Screen';
import { fieldLabel } from '../../../components/a11y';
import { useI18n } from '../../../hooks/useI18n';
import { call } from '../../../services/api';
import { pickMaterialFile, uploadMaterial } from '../../../services/upload';
import '../../mandates.css';

type Assist = z.infer<typeof AssistSchema>;
const POLL_MS = 3000;

/**
 * Assisted mode, the helper's side (网格员 / 代办员 at a community station): name the resident and the
 * item, show the one-time code for them to scan with any 掌上办, or photograph their signed paper consent.
 */
export default function AssistPage() {
  const { t, tError } = useI18n();
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [itemCode, setItemCode] = useState('');
  const [assist, setAssist] = useState<Assist | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (f: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await f();
    } catch (e) {
      setProblem(tError(e));
    } finally {
      setBusy(false);
    }
  };
  // While the resident scans, watch for the consent (a new code is drawn each time; the old one stops working).
  useEffect(() => {
    if (!assist || assist.status !== 'pending') return undefined;
    const timer = setInterval(() => {
      call(mandateRoutes.assist, { params: { id: assist.mandateId } }).then((a) => { if (a.status !== 'pending') setAssist(a); }, () => undefined);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [assist]);

  const start = () => run(async () => {
    setAssist(await call(mandateRoutes.createAssist, { body: { resident: { name: name.trim(), idNumber: idNumber.trim() }, itemCodes: [itemCode.trim()] } }));
  });
  const paper = () => run(async () => {
    const file = await pickMaterialFile('image');
    if (!file || !assist) return;
    const upload = await uploadMaterial(file.path, file.name);
    const m = await call(mandateRoutes.paperConsent, { params: { id: assist.mandateId }, body: { uploadId: upload.id } });
    setAssist({ mandateId: m.id, status: m.status, code: null });
  });

  return (
    <Screen id='assist-page' title={t('mandates.assist.title')}>
      <PageHeader back title={t('mandates.assist.title')} subtitle={t('mandates.assist.intro')} />
      <View className='zsb-overlap'>
        <Card id='assist-card'>
          {!assist ? (
            <>
              <Text className='zsb-mandate__label'>{t('mandates.assist.name')}</Text>
              <Input id='assist-name' className='zsb-mandate__input' value={name} maxlength={50} {...fieldLabel(t('mandates.assist.name'))} onInput={(e) => setName(e.detail.value)} />
              <Text className='zsb-mandate__label'>{t('mandates.grant.idNumber')}</Text>
              <Input id='assist-id' className='zsb-mandate__input' value={idNumber} maxlength={18} {...fieldLabel(t('mandates.grant.idNumber'))} onInput={(e) => setIdNumber(e.detail.value)} />
              <Text className='zsb-mandate__label'>{t('mandates.assist.item')}</Text>
              <Input id='assist-item' className='zsb-mandate__input' value={itemCode} maxlength={64} {...fieldLabel(t('mandates.assist.item'))} onInput={(e) => setItemCode(e.detail.value)} />
              <ActionButton id='assist-start' text={t('mandates.assist.start')} loading={busy} disabled={!name.trim() || !idNumber.trim() || !itemCode.trim()} onClick={() => void start()} />
            </>
          ) : assist.status === 'pending' && assist.code ? (
            <View id='assist-pending' data-mandate-id={assist.mandateId}>
              <Text className='zsb-mandate__line'>{t('mandates.assist.scanHint')}</Text>
              <QrCode id='assist-qr' svg={assist.code.svg} label={t('mandates.assist.qrLabel')} />
              <ActionButton id='assist-paper' kind='secondary' text={t('mandates.assist.paper')} loading={busy} onClick={() => void paper()} />
            </View>
          ) : (
            <View id='assist-ready' data-status={assist.status}>
              <Notice kind='info' text={t('mandates.assist.ready')} />
              <ActionButton id='assist-open' text={t('mandates.assist.open')} onClick={() => void Taro.navigateTo({ url: `${MANDATE_PAGES.detail}?id=${assist.mandateId}` })} />
            </View>
          )}
          {problem ? <Notice id='assist-problem' kind='error' text={problem} /> : null}
        </Card>
      </View>
    </Screen>
  );
}
