import { Text, Textarea, View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow, useRouter, useUnload } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { FormField, FormSchema } from '@zsb/shared/contracts/catalog';
import { catalogRoutes } from '../../../contracts/catalog';
import { bundleRoutes, type BundleAnswers } from '../../../contracts/bundles';
import { caseRoutes, type BundleMaterialInput, type CaseDetail, type CaseMaterialInput } from '../../../contracts/cases';
import { meRoutes, type Profile } from '../../../contracts/me';
import { uploadRoutes } from '../../../contracts/uploads';
import { walletRoutes, type CertificateSummary } from '../../../contracts/wallet';
import { deliveryRoutes, type Address, type DeliveryChoice as Choice } from '../../../contracts/delivery';
import { DeliveryChoice } from '../../../components/DeliveryChoice';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { fieldLabel } from '../../../components/a11y';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call, callWithHeaders } from '../../../services/api';
import { isApiError } from '../../../services/errors';
import { pageUrl } from '../../../services/nav';
import { pickMaterialFile, uploadMaterial } from '../../../services/upload';
import { FormFieldInput, type FieldDraft } from '../../components/FormFieldInput';
import { fieldProblem, formErrors, refusedFieldProblem, formProblems, initialDrafts, isLocked, isUsableCertificate, newIdempotencyKey, toFormData, type FieldProblem } from '../../apply-form';
import { askSubscription } from '../../../services/subscribe';
import './index.css';

/** A material as this page offers it: once per bundle even when several items need it. */
interface MaterialSlot {
  /** Unique on the page: `<itemCode>/<key>`. */
  ref: string;
  itemCode: string;
  key: string;
  name: string;
  necessity: 'required' | 'conditional' | 'optional';
  fromWallet: { certificateId: string; kindName: string } | null;
}

interface Provided {
  uploadIds: string[];
  names: string[];
}

interface ApplyModel {
  mode: 'item' | 'bundle' | 'resubmit';
  code: string;
  title: string;
  promisedDays: number | null;
  form: FormSchema;
  materials: MaterialSlot[];
  itemCount: number;
  profile: Profile;
  certificates: CertificateSummary[];
  drafts: Record<string, FieldDraft>;
  provided: Record<string, Provided>;
  revision: number;
  caseId: string | null;
  answers: BundleAnswers | null;
  /** The item's result can be sent by express: the applicant chooses pickup or express (null: nothing to choose). */
  addresses: Address[] | null;
}

function walletSlot(kind: string | null, certificates: CertificateSummary[]) {
  const c = kind ? certificates.find((x) => x.kind === kind && isUsableCertificate(x)) : undefined;
  return c ? { certificateId: c.id, kindName: c.kindName } : null;
}

async function loadModel(params: Record<string, string | undefined>): Promise<ApplyModel> {
  const [profile, certificates] = await Promise.all([
    call(meRoutes.me),
    // Without the library the form still works; wallet materials are then uploaded.
    call(walletRoutes.list).then((w) => w.certificates, () => [] as CertificateSummary[]),
  ]);
  const draftOf = (kind: 'item' | 'bundle', code: string) =>
    call(caseRoutes.getDraft, { params: { kind, code } }).then((r) => r.draft, () => null);

  if (params.bundle) {
    const code = params.bundle;
    const answers = JSON.parse(decodeURIComponent(params.answers ?? '%7B%7D')) as BundleAnswers;
    const [detail, plan, draft] = await Promise.all([
      call(bundleRoutes.detail, { params: { code } }),
      call(bundleRoutes.plan, { params: { code }, body: { answers } }),
      draftOf('bundle', code),
    ]);
    const materials = plan.materials.map((m) => ({
      ref: `${m.itemCodes[0]}/${m.key}`, itemCode: m.itemCodes[0]!, key: m.key, name: m.name, necessity: m.necessity,
      fromWallet: walletSlot(m.certificateKind, certificates),
    }));
    return {
      mode: 'bundle', code, title: detail.name, promisedDays: null, form: plan.form, materials, itemCount: plan.items.length,
      profile, certificates, drafts: initialDrafts(plan.form.fields, profile, certificates, draft?.form ?? null),
      provided: await providedFromDraft(draft?.materials ?? [], null), revision: draft?.revision ?? 0, caseId: null, answers, addresses: null,
    };
  }

  let existing: CaseDetail | null = null;
  let code = params.code ?? '';
  if (params.case) {
    existing = await call(caseRoutes.detail, { params: { caseId: params.case } });
    code = existing.itemCode ?? '';
  }
  const [guide, draft] = await Promise.all([
    call(catalogRoutes.guide, { params: { code } }),
    existing ? Promise.resolve(null) : draftOf('item', code),
  ]);
  if (!guide.online || !guide.form || guide.applyChannel !== 'case') throw new Error('not-online');
  const materials = guide.materials.map((m) => ({
    ref: `${code}/${m.key}`, itemCode: code, key: m.key, name: m.name, necessity: m.necessity,
    fromWallet: m.fromWallet ?? walletSlot(m.certificateKind, certificates),
  }));
  const provided = existing
    ? Object.fromEntries(existing.materials.filter((m) => m.uploads.length).map((m) => [`${code}/${m.key}`, {
      uploadIds: m.uploads.map((u) => u.id), names: m.uploads.map((u) => u.fileName),
    }]))
    : await providedFromDraft(draft?.materials ?? [], code);
  return {
    mode: existing ? 'resubmit' : 'item', code, title: guide.name, promisedDays: guide.promisedTimeLimitDays, form: guide.form,
    materials, itemCount: 1, profile, certificates,
    drafts: initialDrafts(guide.form.fields, profile, certificates, existing?.form ?? draft?.form ?? null),
    provided, revision: draft?.revision ?? 0, caseId: existing?.id ?? null, answers: null,
    addresses: !existing && guide.result.delivery.includes('express') ? (await call(deliveryRoutes.listAddresses)).items : null,
  };
}

/**
 * Uploads kept in a draft, with their file names; an item draft's materials name no item, a bundle
 * draft's each name theirs. A name that cannot be read is left empty (the page shows the id).
 */
async function providedFromDraft(materials: (CaseMaterialInput | BundleMaterialInput)[], itemCode: string | null): Promise<Record<string, Provided>> {
  const out: Record<string, Provided> = {};
  for (const m of materials) {
    const item = 'itemCode' in m ? m.itemCode : itemCode;
    if (m.source !== 'upload' || !item) continue;
    const names = await Promise.all(m.uploadIds.map((uploadId) => call(uploadRoutes.get, { params: { uploadId } }).then((u) => u.fileName, () => '')));
    out[`${item}/${m.materialKey}`] = { uploadIds: m.uploadIds, names };
  }
  return out;
}

export default function ApplyPage() {
  const { t } = useI18n();
  const params = useRouter().params;
  const q = useQuery(() => loadModel(params), [params.code, params.bundle, params.case, params.answers]);
  const model = q.data;
  const notOnline = q.error instanceof Error && q.error.message === 'not-online';
  const title = model?.mode === 'resubmit' ? t('cases.apply.resubmitTitle') : t('cases.apply.title');
  return (
    <Screen id='apply-page' title={title}>
      <PageHeader back title={model?.title ?? title} subtitle={model?.promisedDays != null ? t('cases.apply.promised', { days: model.promisedDays }) : undefined} />
      <View className='zsb-overlap'>
        {notOnline ? <Notice id='apply-not-online' kind='info' text={t('cases.apply.notOnline')} /> : <StateView loading={q.loading && !model} error={q.error} onRetry={q.reload} />}
        {/* Mounted once the model is there, so inputs start with their values instead of receiving them later. */}
        {model ? <ApplyForm key={`${model.mode}:${model.code}:${model.caseId ?? ''}`} model={model} /> : null}
      </View>
    </Screen>
  );
}

function ApplyForm({ model }: { model: ApplyModel }) {
  const { t, tError } = useI18n();
  const [drafts, setDrafts] = useState<Record<string, FieldDraft>>(model.drafts);
  const [provided, setProvided] = useState<Record<string, Provided>>(model.provided);
  const [errors, setErrors] = useState<Record<string, FieldProblem>>({});
  // Required materials with nothing uploaded and nothing from the wallet, by slot ref.
  const [missing, setMissing] = useState<string[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [draftState, setDraftState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [note, setNote] = useState('');
  const [delivery, setDelivery] = useState<Choice>({ method: 'pickup' });
  const [addresses, setAddresses] = useState<Address[]>(model.addresses ?? []);
  const [deliveryError, setDeliveryError] = useState(false);
  // Back from the address book: its new addresses are offered at once.
  useDidShow(() => {
    if (model.addresses) void call(deliveryRoutes.listAddresses).then((r) => setAddresses(r.items), () => {});
  });
  const revision = useRef(model.revision);
  // Changes not yet sent as a draft; cleared when a save starts and when the case is submitted.
  const unsaved = useRef(false);
  // One key per submission attempt: a retry after a lost answer replays instead of applying twice.
  const idempotencyKey = useRef(newIdempotencyKey());

  const materialsPayload = (): (CaseMaterialInput | BundleMaterialInput)[] =>
    model.materials.flatMap((m): (CaseMaterialInput | BundleMaterialInput)[] => {
      const up = provided[m.ref];
      const withItem = model.mode === 'bundle' ? { itemCode: m.itemCode } : {};
      if (up?.uploadIds.length) return [{ source: 'upload' as const, materialKey: m.key, uploadIds: up.uploadIds, ...withItem }];
      if (m.fromWallet) return [{ source: 'wallet' as const, materialKey: m.key, certificateId: m.fromWallet.certificateId, ...withItem }];
      return [];
    });

  const saveDraft = () => {
    if (model.mode === 'resubmit' || !unsaved.current) return;
    unsaved.current = false;
    revision.current += 1;
    setDraftState('saving');
    call(caseRoutes.saveDraft, {
      params: { kind: model.mode === 'bundle' ? 'bundle' : 'item', code: model.code },
      body: {
        form: toFormData(model.form.fields, drafts), materials: materialsPayload(), revision: revision.current,
        ...(model.answers ? { answers: model.answers } : {}),
      },
    }).then(() => setDraftState('saved'), () => setDraftState('idle'));
  };
  // Leaving handlers are registered once but must send what is typed now.
  const saveNow = useRef(saveDraft);
  saveNow.current = saveDraft;

  // Autosave: a short pause after the last change writes the draft; a late save never wins over a newer one.
  useEffect(() => {
    if (!unsaved.current) return;
    const timer = setTimeout(() => saveNow.current(), 1200);
    return () => clearTimeout(timer);
  }, [drafts, provided]);

  // Leaving the page (back, another page, the app or tab going away) saves at once: a pause is not guaranteed.
  useUnload(() => saveNow.current());
  useDidHide(() => saveNow.current());
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return () => saveNow.current();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') saveNow.current();
    };
    const onPageHide = () => saveNow.current();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      // The H5 router unmounts the page on the way back.
      saveNow.current();
    };
  }, []);

  const setField = (f: FormField, v: FieldDraft) => {
    unsaved.current = true;
    setDrafts((d) => ({ ...d, [f.key]: v }));
    setErrors((e) => {
      if (!e[f.key]) return e;
      const { [f.key]: _fixed, ...rest } = e;
      return rest;
    });
  };

  const upload = async (slot: MaterialSlot, kind: 'image' | 'pdf') => {
    const file = await pickMaterialFile(kind);
    if (!file) return;
    setBusy(`upload-${slot.ref}`);
    setFailure(null);
    try {
      const u = await uploadMaterial(file.path, file.name);
      unsaved.current = true;
      setMissing((m) => m.filter((ref) => ref !== slot.ref));
      setProvided((p) => {
        const cur = p[slot.ref] ?? { uploadIds: [], names: [] };
        return { ...p, [slot.ref]: { uploadIds: [...cur.uploadIds, u.id], names: [...cur.names, u.fileName] } };
      });
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(null);
    }
  };

  const submit = async () => {
    // Inside the tap, as WeChat requires: ask for the progress and 补正 templates (no dialog on H5).
    void askSubscription(['case', 'correction']);
    // Checked here first, by the BFF's own rules, so each field says what it needs before anything is sent.
    const problems = formProblems(model.form.fields, drafts);
    const unprovided = model.materials.filter((m) => m.necessity === 'required' && !m.fromWallet && !provided[m.ref]?.uploadIds.length).map((m) => m.ref);
    setErrors(problems);
    setMissing(unprovided);
    const noAddress = delivery.method === 'express' && !delivery.addressId;
    setDeliveryError(noAddress);
    if (Object.keys(problems).length || unprovided.length || noAddress) {
      setFailure(null);
      return;
    }
    setBusy('submit');
    setFailure(null);
    const form = toFormData(model.form.fields, drafts);
    const materials = materialsPayload();
    const headers = { 'idempotency-key': idempotencyKey.current };
    try {
      const created = model.mode === 'bundle'
        ? await callWithHeaders(caseRoutes.createBundle, { body: { bundleCode: model.code, answers: model.answers ?? {}, form, materials: materials as BundleMaterialInput[] } }, headers)
        : model.mode === 'resubmit'
          ? await call(caseRoutes.resubmit, { params: { caseId: model.caseId! }, body: { form, materials: materials as CaseMaterialInput[], ...(note.trim() ? { note: note.trim() } : {}) } })
          : await callWithHeaders(caseRoutes.create, {
            body: { itemCode: model.code, form, materials: materials as CaseMaterialInput[], ...(model.addresses ? { delivery } : {}) },
          }, headers);
      // The submission removed the draft; leaving the page now must not write it back.
      unsaved.current = false;
      await Taro.redirectTo({ url: pageUrl('caseDetail', { id: created.id }) });
    } catch (e) {
      setFailure(e);
      if (isApiError(e)) {
        const byKey = formErrors(e.errors);
        setErrors(Object.fromEntries(model.form.fields.filter((f) => byKey[f.key] !== undefined)
          .map((f) => [f.key, refusedFieldProblem(f, drafts[f.key])])));
      }
    } finally {
      setBusy(null);
    }
  };

  const problemText = (p: FieldProblem) => t(`cases.apply.error.${p.kind}`, 'limit' in p ? { limit: p.limit } : undefined);

  return (
    <View id='apply-form' data-mode={model.mode}>
      {model.mode === 'bundle' ? <Notice kind='info' text={t('cases.apply.bundleItems', { count: model.itemCount })} /> : null}
      <Card title={t('cases.apply.form')}>
        {model.form.fields.map((f) => (
          <FormFieldInput
            key={f.key}
            field={f}
            value={drafts[f.key]}
            onChange={(v) => setField(f, v)}
            locked={isLocked(f)}
            error={errors[f.key] ? problemText(errors[f.key]!) : undefined}
            certificates={model.certificates}
          />
        ))}
      </Card>
      {model.materials.length ? (
        <Card id='apply-materials' title={t('cases.apply.materials')}>
          {model.materials.map((m, i) => {
            const up = provided[m.ref];
            return (
              <View key={m.ref} id={`material-${i}`} className='zsb-apply__material' data-material={m.key} data-wallet={m.fromWallet ? '1' : '0'}>
                <View className='zsb-apply__material-head'>
                  <Text className='zsb-apply__material-name'>{m.name}</Text>
                  <Text className='zsb-apply__necessity'>{t(`cases.apply.necessity.${m.necessity}`)}</Text>
                </View>
                {missing.includes(m.ref) ? <Notice id={`material-${i}-missing`} kind='error' text={t('cases.apply.materialMissing')} /> : null}
                {m.fromWallet && !up?.uploadIds.length ? (
                  <Text className='zsb-apply__wallet'>{t('cases.apply.fromWallet')}</Text>
                ) : null}
                {up?.uploadIds.map((id, k) => (
                  <Text key={id} className='zsb-apply__uploaded'>{t('cases.apply.uploaded', { name: up.names[k] || id })}</Text>
                ))}
                {!m.fromWallet ? (
                  <View className='zsb-apply__upload-row'>
                    <ActionButton id={`material-${i}-upload`} kind='secondary' disabled={!!busy}
                      text={busy === `upload-${m.ref}` ? t('cases.apply.uploading') : t('cases.apply.upload')}
                      onClick={() => void upload(m, 'image')} />
                    {process.env.TARO_ENV === 'weapp' ? (
                      <ActionButton id={`material-${i}-upload-pdf`} kind='secondary' disabled={!!busy} text={t('cases.apply.uploadPdf')} onClick={() => void upload(m, 'pdf')} />
                    ) : null}
                  </View>
                ) : null}
              </View>
            );
          })}
        </Card>
      ) : null}
      {model.addresses ? (
        <DeliveryChoice value={delivery} addresses={addresses} onChange={setDelivery} error={deliveryError}
          onManage={() => void Taro.navigateTo({ url: pageUrl('addresses') })} />
      ) : null}
      {model.mode === 'resubmit' ? (
        <Card title={t('cases.apply.correctionNote')}>
          <Textarea id='apply-note' className='zsb-apply__note' value={note} maxlength={1000} onInput={(e) => setNote(e.detail.value)} {...fieldLabel(t('cases.apply.correctionNote'))} />
        </Card>
      ) : null}
      {Object.keys(errors).length || missing.length ? (
        <Notice id='apply-error' kind='error' text={t('cases.apply.fixErrors')} />
      ) : failure ? <Notice id='apply-error' kind='error' text={tError(failure)} /> : null}
      <ActionButton
        id='apply-submit'
        disabled={!!busy}
        text={busy === 'submit' ? t('cases.apply.submitting') : model.mode === 'resubmit' ? t('cases.apply.resubmit') : t('cases.apply.submit')}
        onClick={() => void submit()}
      />
      {draftState !== 'idle' ? (
        <Text id='apply-draft-state' className='zsb-apply__draft' data-state={draftState}>
          {draftState === 'saving' ? t('cases.apply.draftSaving') : t('cases.apply.draftSaved')}
        </Text>
      ) : null}
    </View>
  );
}
