import { Image, Input, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { REPORT_CATEGORIES, REPORT_MAX_PHOTOS, reportRoutes, type ReportCategory } from '../../../contracts/reports';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Chip } from '../../../components/Chip';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { a11y, fieldLabel } from '../../../components/a11y';
import { useI18n } from '../../../hooks/useI18n';
import { call } from '../../../services/api';
import { API_BASE } from '../../../services/env';
import { ASKS_PAGES, locate, pickPhotos, runAction, uploadReportPhoto, type ReportPhoto } from '../../services';
import '../../asks.css';

type Place = { lat: number; lng: number; source: 'device' | 'photo' | 'address'; address?: string };
const fmt = (n: number) => n.toFixed(5);

/** 随手拍: photos (stripped of metadata by the BFF), a position (phone, photo or a searched place), a category. */
export default function ReportNewPage() {
  const { t, tError } = useI18n();
  const [photos, setPhotos] = useState<ReportPhoto[]>([]);
  const [place, setPlace] = useState<Place | null>(null);
  const [denied, setDenied] = useState(false);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ name: string; address: string; lat: number; lng: number }[] | null>(null);
  const [category, setCategory] = useState<ReportCategory>('road');
  const [description, setDescription] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const addPhotos = () => runAction(setBusy, setFailure, async () => {
    const picked = await pickPhotos(REPORT_MAX_PHOTOS - photos.length);
    const added: ReportPhoto[] = [];
    for (const p of picked) added.push(await uploadReportPhoto(p.path, p.name));
    setPhotos((old) => [...old, ...added].slice(0, REPORT_MAX_PHOTOS));
  });
  const useDevice = async () => {
    const p = await locate();
    if (p) {
      setPlace({ ...p, source: 'device' });
      setDenied(false);
    } else setDenied(true);
  };
  const search = () => runAction(setBusy, setFailure, async () => {
    if (!query.trim()) return;
    setFound((await call(reportRoutes.places, { query: { q: query.trim() } })).items);
  });
  const fromPhoto = photos.find((p) => p.location)?.location ?? null;

  const submit = async () => {
    if (photos.length === 0 || !place || description.trim().length < 2) return setMissing(true);
    setMissing(false);
    const r = await runAction(setBusy, setFailure, () => call(reportRoutes.create, {
      body: { category, description: description.trim(), location: place, photoIds: photos.map((p) => p.id), anonymous },
    }));
    if (r) await Taro.redirectTo({ url: `${ASKS_PAGES.report}?id=${r.id}` });
  };

  return (
    <Screen id='report-new-page' title={t('asks.report.title')}>
      <PageHeader back title={t('asks.report.title')} />
      <View className='zsb-overlap'>
        <Card id='report-photos' title={t('asks.report.photos')}>
          <View className='zsb-asks__photos'>
            {photos.map((p, i) => (
              <Image key={p.id} className='zsb-asks__photo' src={`${API_BASE}${p.url}`} mode='aspectFill' nativeProps={{ alt: t('asks.report.photoAlt', { n: i + 1 }) }} />
            ))}
          </View>
          <Text id='report-photo-count' className='zsb-asks__muted' data-count={photos.length}>{t('asks.report.photoCount', { count: photos.length })}</Text>
          {photos.length < REPORT_MAX_PHOTOS ? <ActionButton id='report-add-photo' kind='secondary' text={t('asks.report.addPhoto')} loading={busy} onClick={() => void addPhotos()} /> : null}
        </Card>

        <Card id='report-location' title={t('asks.report.location')}>
          {place ? <Text id='report-place' className='zsb-asks__line' data-source={place.source}>{place.address ?? t('asks.report.located', { lat: fmt(place.lat), lng: fmt(place.lng) })}</Text> : null}
          <ActionButton id='report-locate' kind='secondary' text={t('asks.report.locate')} onClick={() => void useDevice()} />
          {fromPhoto ? (
            <Chip id='report-use-photo-location' role='radio' text={t('asks.report.fromPhoto', { lat: fmt(fromPhoto.lat), lng: fmt(fromPhoto.lng) })}
              selected={place?.source === 'photo'} onToggle={() => setPlace({ ...fromPhoto, source: 'photo' })} />
          ) : null}
          {denied ? <Notice id='report-location-denied' kind='info' text={t('asks.report.locationDenied')} /> : null}
          <Input id='report-place-query' className='zsb-asks__input' value={query} placeholder={t('asks.report.searchPlace')}
            onInput={(e) => setQuery(e.detail.value)} onConfirm={() => void search()} {...fieldLabel(t('asks.report.searchPlace'))} />
          <ActionButton id='report-place-search' kind='secondary' text={t('asks.report.search')} onClick={() => void search()} />
          {found && found.length === 0 ? <Text className='zsb-asks__muted'>{t('asks.report.noPlace')}</Text> : null}
          {found?.map((p, i) => (
            <View key={p.name} id={`report-place-${i}`} className='zsb-asks__row' {...a11y('radio', p.name)} aria-checked={place?.address === `${p.name}（${p.address}）` ? 'true' : 'false'}
              onClick={() => setPlace({ lat: p.lat, lng: p.lng, source: 'address', address: `${p.name}（${p.address}）` })}>
              <Text className='zsb-asks__title'>{p.name}</Text>
              <Text className='zsb-asks__muted'>{p.address}</Text>
            </View>
          ))}
        </Card>

        <Card id='report-category' title={t('asks.report.category')}>
          <View>
            {REPORT_CATEGORIES.map((c) => (
              <Chip key={c} id={`report-category-${c}`} role='radio' text={t(`asks.report.category.${c}`)} selected={category === c} onToggle={() => setCategory(c)} />
            ))}
          </View>
          <Text className='zsb-asks__label'>{t('asks.report.description')}</Text>
          <Textarea id='report-description' className='zsb-asks__text' value={description} maxlength={500}
            placeholder={t('asks.report.descriptionPlaceholder')} onInput={(e) => setDescription(e.detail.value)} {...fieldLabel(t('asks.report.description'))} />
          <Chip id='report-anonymous' text={t('asks.report.anonymous')} selected={anonymous} onToggle={() => setAnonymous(!anonymous)} />
          {missing ? <Notice id='report-missing' kind='error' text={t('asks.report.missing')} /> : null}
          {failure ? <Notice id='report-error' kind='error' text={tError(failure)} /> : null}
          <ActionButton id='report-submit' text={t('asks.submit')} loading={busy} onClick={() => void submit()} />
        </Card>
      </View>
    </Screen>
  );
}
