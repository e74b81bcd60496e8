import { Text, View } from '@tarojs/components';
import type { Disclosure } from '@zsb/shared/contracts/disclosure';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { a11y } from '../../components/a11y';
import { useI18n } from '../../hooks/useI18n';
import { chinaTime } from '../../services/time';
import { openAttachment } from '../services';

/** The answer of a 依申请公开 request, with its files and the requester's remedies. */
export function DisclosureAnswer({ d }: { d: Disclosure }) {
  const { t } = useI18n();
  const a = d.answer;
  if (!a) return null;
  return (
    <Card id='disclosure-answer' title={t('asks.disclosure.answer')}>
      <View data-outcome={a.outcome}>
        <Text id='disclosure-outcome' className='zsb-asks__title'>{t(`asks.disclosure.outcome.${a.outcome}`)}</Text>
        {a.legalGround ? <Text className='zsb-asks__line'>{t('asks.disclosure.legalGround', { ground: a.legalGround })}</Text> : null}
        <Text className='zsb-asks__line'>{a.text}</Text>
        <Text className='zsb-asks__muted'>{chinaTime(a.at)}</Text>
      </View>
      {a.files.length ? <Text className='zsb-asks__label'>{t('asks.disclosure.files')}</Text> : null}
      {a.files.map((f) => (
        <Text key={f.id} id={`disclosure-file-${f.id}`} className='zsb-asks__link' data-mime={f.mime}
          onClick={() => void openAttachment(f.url, f.mime).catch(() => undefined)} {...a11y('link', f.fileName)}>{f.fileName}</Text>
      ))}
      <Notice id='disclosure-review' kind='info' text={t('asks.disclosure.review', { days: a.reviewRights.reviewDays, months: a.reviewRights.litigationMonths, body: a.reviewRights.reviewBody })} />
    </Card>
  );
}

/** Facts of a request: department, what was asked, the statutory dates and any extension. */
export function DisclosureFacts({ d }: { d: Disclosure }) {
  const { t } = useI18n();
  return (
    <Card id='disclosure-status' title={t(`asks.disclosure.status.${d.status}`)}>
      <View data-status={d.status}>
        <Text className='zsb-asks__line'>{d.departmentName}</Text>
        <Text className='zsb-asks__muted'>{t('asks.disclosure.received', { date: d.receivedOn })}</Text>
        <Text id='disclosure-due' className='zsb-asks__muted' data-due={d.dueDate}>{t('asks.due', { date: d.dueDate })}</Text>
      </View>
      <Text className='zsb-asks__quote'>{d.description}</Text>
      {d.purpose ? <Text className='zsb-asks__muted'>{d.purpose}</Text> : null}
      {d.extension ? <Text id='disclosure-extension' className='zsb-asks__line'>{t('asks.disclosure.extended', { from: d.extension.previousDueDate, to: d.dueDate, reason: d.extension.reason })}</Text> : null}
    </Card>
  );
}
