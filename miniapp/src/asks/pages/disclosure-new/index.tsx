import { Input, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { DELIVERY_FORMATS, disclosureRoutes } from '../../../contracts/disclosure';
import { DEPARTMENTS } from '@zsb/shared/domain/regions';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Chip } from '../../../components/Chip';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { fieldLabel } from '../../../components/a11y';
import { useI18n } from '../../../hooks/useI18n';
import { call } from '../../../services/api';
import { ASKS_PAGES, runAction } from '../../services';
import '../../asks.css';

/** 依申请公开: which department, what information, for what, in which form. */
export default function DisclosureNewPage() {
  const { t, tError } = useI18n();
  const [department, setDepartment] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [purpose, setPurpose] = useState('');
  const [format, setFormat] = useState<(typeof DELIVERY_FORMATS)[number]>('electronic');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const submit = async () => {
    if (!department || description.trim().length < 5) return setMissing(true);
    setMissing(false);
    const r = await runAction(setBusy, setFailure, () => call(disclosureRoutes.create, {
      body: { departmentCode: department, description: description.trim(), format, ...(purpose.trim() ? { purpose: purpose.trim() } : {}) },
    }));
    if (r) await Taro.redirectTo({ url: `${ASKS_PAGES.disclosure}?id=${r.id}` });
  };
  return (
    <Screen id='disclosure-new-page' title={t('asks.disclosure.title')}>
      <PageHeader back title={t('asks.disclosure.title')} />
      <View className='zsb-overlap'>
        <Notice kind='info' text={t('asks.disclosure.law')} />
        <Card id='disclosure-form'>
          <Text className='zsb-asks__label'>{t('asks.disclosure.department')}</Text>
          <View>
            {DEPARTMENTS.map((d) => (
              <Chip key={d.code} id={`disclosure-dept-${d.code}`} role='radio' text={d.name} selected={department === d.code} onToggle={() => setDepartment(d.code)} />
            ))}
          </View>
          <Text className='zsb-asks__label'>{t('asks.disclosure.description')}</Text>
          <Textarea id='disclosure-description' className='zsb-asks__text' value={description} maxlength={2000}
            placeholder={t('asks.disclosure.descriptionPlaceholder')} onInput={(e) => setDescription(e.detail.value)} {...fieldLabel(t('asks.disclosure.description'))} />
          <Text className='zsb-asks__label'>{t('asks.disclosure.purpose')}</Text>
          <Input id='disclosure-purpose' className='zsb-asks__input' value={purpose} maxlength={500} onInput={(e) => setPurpose(e.detail.value)} {...fieldLabel(t('asks.disclosure.purpose'))} />
          <Text className='zsb-asks__label'>{t('asks.disclosure.format')}</Text>
          <View>
            {DELIVERY_FORMATS.map((f) => (
              <Chip key={f} id={`disclosure-format-${f}`} role='radio' text={t(`asks.disclosure.format.${f}`)} selected={format === f} onToggle={() => setFormat(f)} />
            ))}
          </View>
          {missing ? <Notice id='disclosure-missing' kind='error' text={t('asks.disclosure.missing')} /> : null}
          {failure ? <Notice id='disclosure-error' kind='error' text={tError(failure)} /> : null}
          <ActionButton id='disclosure-submit' text={t('asks.submit')} loading={busy} onClick={() => void submit()} />
        </Card>
      </View>
    </Screen>
  );
}
