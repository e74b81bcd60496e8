import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { auditRoutes, type AuditEntry } from '../../../contracts/audit';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { useI18n } from '../../../hooks/useI18n';
import type { MessageKey } from '../../../i18n';
import { call } from '../../../services/api';
import { chinaTime } from '../../../services/time';
import './index.css';

const PAGE_SIZE = 30;

/** 用证记录: "谁在什么时候用了我的证照", optionally for one certificate, newest first. */
export default function AuditLogPage() {
  const { t } = useI18n();
  const certificateId = useRouter().params.certificateId || undefined;
  const [items, setItems] = useState<AuditEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  const load = async (after: string | null) => {
    setLoading(true);
    setError(null);
    try {
      const page = await call(auditRoutes.list, { query: { certificateId, cursor: after ?? undefined, limit: PAGE_SIZE } });
      setItems((prev) => (after ? [...prev, ...page.items] : page.items));
      setCursor(page.nextCursor);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => void load(null), [certificateId]);

  const actionText = (action: string) => {
    const key = `audit.action.${action}` as MessageKey;
    const text = t(key);
    return text === key ? t('audit.action.other') : text;
  };

  return (
    <Screen id='audit-page' title={t('audit.title')}>
      <PageHeader back title={t('audit.title')} subtitle={t('audit.intro')} />
      <View className='zsb-overlap'>
        <StateView loading={loading && items.length === 0} error={error} onRetry={() => void load(cursor)} />
        {!loading && !error && items.length === 0 ? <Text id='audit-empty' className='zsb-audit__empty'>{t('audit.empty')}</Text> : null}
        {items.map((e, i) => (
          <Card key={e.id} id={`audit-${i}`} className='zsb-audit'>
            <View className='zsb-audit__head' data-action={e.action} data-actor={e.actor.kind} data-result={e.result}>
              <Text className='zsb-audit__who'>{e.actor.name ?? t(`audit.actor.${e.actor.kind}`)}</Text>
              <Text className='zsb-audit__when'>{chinaTime(e.at)}</Text>
            </View>
            <Text className='zsb-audit__what'>
              {`${actionText(e.action)}${e.certificate?.kindName ? ` · ${e.certificate.kindName}` : ''} · ${e.result === 'ok' ? t('audit.result.ok') : t('audit.result.refused')}`}
            </Text>
            {e.fields.length > 0 ? <Text className='zsb-audit__line'>{t('audit.fields', { fields: e.fields.map((f) => f.label).join(t('list.separator')) })}</Text> : null}
            {e.purpose ? <Text className='zsb-audit__line'>{t('audit.purpose', { purpose: e.purpose })}</Text> : null}
          </Card>
        ))}
        {cursor ? (
          <View className='zsb-audit__more'>
            <ActionButton id='audit-more' kind='secondary' text={t('audit.more')} loading={loading} onClick={() => void load(cursor)} />
          </View>
        ) : null}
      </View>
    </Screen>
  );
}
