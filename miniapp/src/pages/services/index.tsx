import { Input, Text, View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { bundleRoutes } from '../../contracts/bundles';
import { catalogRoutes, type Audience, type LifeEvent } from '../../contracts/catalog';
import { Card } from '../../components/Card';
import { Chip } from '../../components/Chip';
import { Highlighted } from '../../components/Highlighted';
import { PageHeader } from '../../components/PageHeader';
import { Screen } from '../../components/Screen';
import { ServiceRow } from '../../components/ServiceRow';
import { StateView } from '../../components/StateView';
import { a11y, fieldLabel } from '../../components/a11y';
import { useI18n } from '../../hooks/useI18n';
import { useQuery } from '../../hooks/useQuery';
import { OriginalBadge } from '../../components/OriginalBadge';
import { call } from '../../services/api';
import { navigate, takeTabIntent } from '../../services/nav';
import { useTabBarTexts } from '../../hooks/useTabBarTexts';
import './index.css';

const PAGE = 20;
/** Typing pauses this long before a search is sent. */
const DEBOUNCE_MS = 250;

interface Filters {
  audience: Audience;
  lifeEvent?: LifeEvent;
  department?: string;
  region?: string;
}

export default function ServicesPage() {
  const { t } = useI18n();
  const params = useRouter().params;
  const [text, setText] = useState(params.q ? decodeURIComponent(params.q) : '');
  const [q, setQ] = useState(text);
  const [filters, setFilters] = useState<Filters>({
    audience: params.audience === 'enterprise' ? 'enterprise' : 'personal',
    lifeEvent: params.lifeEvent as LifeEvent | undefined,
  });
  const [pages, setPages] = useState(1);
  useTabBarTexts();
  // A tab page is switched to without a query: what another page asked for (a search, an audience) arrives here.
  useDidShow(() => {
    const intent = takeTabIntent('services');
    if (!intent) return;
    if (intent.q !== undefined) { setText(intent.q); setQ(intent.q.trim()); }
    if (intent.audience === 'enterprise' || intent.audience === 'personal') setFilters((f) => ({ ...f, audience: intent.audience as Audience }));
    if (intent.lifeEvent) setFilters((f) => ({ ...f, lifeEvent: intent.lifeEvent as LifeEvent }));
  });

  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  useEffect(() => setPages(1), [q, filters]);

  const browsing = !q && !filters.lifeEvent && !filters.department && !filters.region;
  const list = useQuery(
    () => (browsing ? Promise.resolve(null) : call(catalogRoutes.list, { query: { q: q || undefined, ...filters, limit: PAGE * pages, group: 'item' } })),
    [q, filters, pages, browsing],
  );
  const hot = useQuery(() => call(catalogRoutes.hot, { query: { audience: filters.audience, limit: 8 } }), [filters.audience]);
  const facets = useQuery(() => call(catalogRoutes.facets, { query: { audience: filters.audience } }), [filters.audience]);
  const bundles = useQuery(() => call(bundleRoutes.list, { query: { audience: filters.audience } }), [filters.audience]);

  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  const toggle = <K extends 'lifeEvent' | 'department' | 'region'>(key: K, value: Filters[K]) =>
    set({ [key]: filters[key] === value ? undefined : value } as Partial<Filters>);
  const openGuide = (code: string) => void navigate('guide', { code });
  const result = list.data;

  return (
    <Screen id='services-page' guest title={t('catalog.title')}>
      <PageHeader title={t('catalog.title')}>
        <View className='zsb-search'>
          {/* The placeholder is drawn as wrapping text under the input: an input's own placeholder cannot wrap, and in French it overflowed. */}
          <View className='zsb-search__field'>
            {text ? null : <Text id='search-placeholder' className='zsb-search__placeholder' aria-hidden='true'>{t('catalog.searchPlaceholder')}</Text>}
            <Input
              id='search-input'
              className='zsb-search__input'
              value={text}
              confirmType='search'
              onInput={(e) => setText(e.detail.value)}
              onConfirm={(e) => { setText(e.detail.value); setQ(e.detail.value.trim()); }}
              {...fieldLabel(t('catalog.searchLabel'))}
            />
          </View>
          {text ? (
            <Text id='search-clear' className='zsb-search__clear' onClick={() => { setText(''); setQ(''); }} {...a11y('button', t('catalog.clear'))}>
              {t('catalog.clear')}
            </Text>
          ) : null}
        </View>
        <View className='zsb-search__audience' {...a11y('radiogroup', undefined, false)}>
          {(['personal', 'enterprise'] as const).map((a) => (
            <Text
              key={a}
              id={`filter-audience-${a}`}
              className={`zsb-search__tab ${filters.audience === a ? 'zsb-search__tab--on' : ''}`}
              onClick={() => set({ audience: a })}
              aria-checked={filters.audience === a ? 'true' : 'false'}
              {...a11y('radio', t(`catalog.audience.${a}`))}
            >
              {t(`catalog.audience.${a}`)}
            </Text>
          ))}
        </View>
      </PageHeader>

      <View className='zsb-overlap'>
        {facets.data ? (
          <Card id='filter-life-events' title={t('catalog.byLifeEvent')}>
            {facets.data.lifeEvents.filter((e) => e.audience === filters.audience).map((e) => (
              <Chip key={e.code} id={`filter-event-${e.code}`} text={t(`catalog.event.${e.code}`)} selected={filters.lifeEvent === e.code} onToggle={() => toggle('lifeEvent', e.code)} role='radio' />
            ))}
          </Card>
        ) : null}

        {browsing ? (
          <>
            {bundles.data && bundles.data.items.length > 0 ? (
              <Card id='bundle-entries' title={t('catalog.bundles')}>
                {bundles.data.items.map((b) => (
                  <View key={b.code} id={`bundle-entry-${b.code}`} className='zsb-bundle-entry' onClick={() => void navigate('bundle', { code: b.code })} {...a11y('link', b.name)}>
                    <Text className='zsb-bundle-entry__name'>{b.name}<OriginalBadge show={!!b.untranslated?.includes('name')} /></Text>
                    <Text className='zsb-bundle-entry__desc'>{b.description}</Text>
                  </View>
                ))}
              </Card>
            ) : null}
            <Card id='services-hot' title={t('catalog.hot')}>
              <StateView loading={hot.loading && !hot.data} error={hot.data ? null : hot.error} onRetry={hot.reload} />
              {hot.data?.items.map((s) => (
                <View key={s.code} id={`hot-${s.code}`} className='zsb-hot-row' onClick={() => openGuide(s.code)} {...a11y('link', s.name)}>
                  <Text>{s.name}<OriginalBadge show={!!s.untranslated?.includes('name')} /></Text>
                  <Text className='zsb-hot-row__usage'>{t('catalog.usage', { count: s.usage })}</Text>
                </View>
              ))}
            </Card>
            {facets.data ? (
              <>
                <Card id='filter-regions' title={t('catalog.byRegion')}>
                  {facets.data.regions.map((r) => (
                    <Chip key={r.code} id={`filter-region-${r.code}`} text={t('catalog.facetCount', { name: r.name, count: r.count })} selected={filters.region === r.code} onToggle={() => toggle('region', r.code)} role='radio' />
                  ))}
                </Card>
                <Card id='filter-departments' title={t('catalog.byDepartment')} className='zsb-dept-grid'>
                  {facets.data.departments.map((d) => (
                    <View key={d.code} id={`filter-dept-${d.code}`} className='zsb-dept-row' onClick={() => toggle('department', d.code)} {...a11y('link', d.name)}>
                      <Text>{d.name}</Text>
                      <Text className='zsb-dept-row__count'>{d.count}</Text>
                    </View>
                  ))}
                </Card>
              </>
            ) : null}
          </>
        ) : (
          <>
            {filters.department || filters.region || filters.lifeEvent ? (
              <Text id='filters-clear' className='zsb-search__reset' onClick={() => set({ lifeEvent: undefined, department: undefined, region: undefined })} {...a11y('button', t('catalog.filtersClear'))}>
                {t('catalog.filtersClear')}
              </Text>
            ) : null}
            {result && result.bundles.length > 0 ? (
              <Card id='search-bundles' title={t('catalog.bundles')}>
                {result.bundles.map((b) => (
                  <View key={b.code} id={`search-bundle-${b.code}`} className='zsb-bundle-entry' onClick={() => void navigate('bundle', { code: b.code })} {...a11y('link', b.name)}>
                    <Highlighted className='zsb-bundle-entry__name' runs={b.nameHighlight ?? [{ text: b.name, match: false }]} />
                  </View>
                ))}
              </Card>
            ) : null}
            <Card id='search-results' title={result ? t('catalog.results', { count: result.total }) : undefined}>
              <StateView loading={list.loading && !result} error={result ? null : list.error} onRetry={list.reload} />
              {result && result.total === 0 ? <Text id='search-empty' className='zsb-search__empty'>{t('catalog.noResults')}</Text> : null}
              <View {...a11y('list', undefined, false)}>
                {result?.items.map((item) => <ServiceRow key={item.code} item={item} onOpen={openGuide} />)}
              </View>
              {result && result.items.length < result.total ? (
                <Text id='search-more' className='zsb-search__more' onClick={() => setPages((p) => p + 1)} {...a11y('button', t('catalog.more'))}>
                  {t('catalog.more')}
                </Text>
              ) : null}
            </Card>
          </>
        )}
      </View>
    </Screen>
  );
}
