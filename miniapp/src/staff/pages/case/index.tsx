import { Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { staffRoutes } from '../../../contracts/cases';
import type { CaseStatus } from '@zsb/shared/domain/case-status';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { CaseDetailView } from '../../../components/CaseDetailView';
import { CaseMandate } from '../../../components/CaseMandate';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { fieldLabel } from '../../../components/a11y';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { navigate } from '../../../services/nav';
import '../queue/index.css';
import './index.css';

const DANGER: CaseStatus[] = ['rejected', 'correction_required'];

export default function StaffCasePage() {
  const { t, tError } = useI18n();
  const caseId = useRouter().params.id ?? '';
  const q = useQuery(() => call(staffRoutes.detail, { params: { caseId } }), [caseId]);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [moved, setMoved] = useState<CaseStatus | null>(null);
  const [noteMissing, setNoteMissing] = useState(false);
  const c = q.data;

  const act = async (to: CaseStatus, noteRequired: boolean) => {
    if (!c) return;
    if (noteRequired && !note.trim()) {
      setNoteMissing(true);
      return;
    }
    setBusy(true);
    setFailure(null);
    setNoteMissing(false);
    try {
      await call(staffRoutes.transition, {
        params: { caseId: c.id },
        body: { to, expectedStatus: c.status, ...(note.trim() ? { note: note.trim() } : {}) },
      });
      setNote('');
      setMoved(to);
      q.reload();
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Screen id='staff-case-page' title={t('staff.case.title')}>
      <PageHeader back title={t('staff.case.title')} subtitle={c?.title} />
      <View className='zsb-overlap zsb-staff'>
        <StateView loading={q.loading && !c} error={q.error} onRetry={q.reload} />
        {c ? <CaseMandate caseId={c.id} /> : null}
        {c ? (
          <CaseDetailView
            detail={c}
            onOpenChild={(id) => void navigate('staffCase', { id })}
            top={(
              <Card id='staff-actions' title={t('staff.case.actions')}>
                {moved ? <Notice id='staff-moved' kind='info' text={t('staff.case.moved', { status: t(`cases.status.${moved}`) })} /> : null}
                {c.actions.length === 0 ? <Text className='zsb-staff__none'>{t('staff.case.noActions')}</Text> : (
                  <View>
                    {c.actions.some((a) => a.noteRequired) ? (
                      <Textarea
                        id='staff-note'
                        className='zsb-staff__note'
                        value={note}
                        maxlength={1000}
                        placeholder={t('staff.case.notePlaceholder')}
                        onInput={(e) => setNote(e.detail.value)}
                        {...fieldLabel(t('staff.case.note'))}
                      />
                    ) : null}
                    {noteMissing ? <Notice id='staff-note-missing' kind='error' text={t('staff.case.noteRequired')} /> : null}
                    {failure ? <Notice id='staff-error' kind='error' text={tError(failure)} onRetry={q.reload} /> : null}
                    <View className='zsb-staff__actions'>
                      {c.actions.map((a) => (
                        <ActionButton
                          key={a.to}
                          id={`action-${a.to}`}
                          kind={DANGER.includes(a.to) ? 'danger' : 'primary'}
                          disabled={busy}
                          text={t(`staff.action.${a.to}`)}
                          onClick={() => void act(a.to, a.noteRequired)}
                        />
                      ))}
                    </View>
                  </View>
                )}
              </Card>
            )}
          />
        ) : null}
      </View>
    </Screen>
  );
}
