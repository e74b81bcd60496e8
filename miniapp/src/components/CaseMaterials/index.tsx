import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { CaseMaterial } from '@zsb/shared/contracts/cases';
import { useI18n } from '../../hooks/useI18n';
import { API_BASE, IS_H5 } from '../../services/env';
import { a11y } from '../a11y';
import './index.css';

/** Opens an upload: images in the host's previewer, PDFs in a new tab (H5) or the document viewer (weapp). */
async function openFile(url: string, mime: string) {
  const full = `${API_BASE}${url}`;
  if (mime.startsWith('image/')) return Taro.previewImage({ urls: [full], current: full });
  if (IS_H5) return void window.open(full, '_blank', 'noopener');
  const { tempFilePath } = await Taro.downloadFile({ url: full });
  return Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf' });
}

/** The materials of a case: certificates taken from the library by reference, and uploaded files. */
export function CaseMaterials({ materials }: { materials: CaseMaterial[] }) {
  const { t } = useI18n();
  return (
    <View id='case-materials' className='zsb-materials' {...a11y('list', t('cases.detail.materials'), false)}>
      {materials.map((m) => (
        <View key={m.key} className='zsb-materials__item' data-material={m.key} data-source={m.source} {...a11y('listitem', undefined, false)}>
          <Text className='zsb-materials__name'>{m.name}</Text>
          {m.certificate ? <Text className='zsb-materials__wallet'>{t('cases.detail.walletRef', { kind: m.certificate.kindName })}</Text> : null}
          <View className='zsb-materials__files'>
            {m.uploads.map((u) => (
              <View
                key={u.id}
                id={`file-${u.id}`}
                className='zsb-materials__file'
                onClick={() => void openFile(u.url, u.mime).catch(() => undefined)}
                {...a11y('link', `${t('cases.detail.viewFile')} ${u.fileName}`)}
              >
                {/* The link around it names the file: the thumbnail itself is decorative. */}
                {u.mime.startsWith('image/') ? <Image className='zsb-materials__thumb' src={`${API_BASE}${u.url}`} mode='aspectFill' nativeProps={{ alt: '' }} /> : null}
                <Text className='zsb-materials__filename'>{u.fileName}</Text>
              </View>
            ))}
          </View>
        </View>
      ))}
    </View>
  );
}
