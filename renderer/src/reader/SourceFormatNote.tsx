import { useTranslation } from 'react-i18next';
import { encodingMessage } from '@common/text/decode';
import { translateMessage } from '@common/i18n/message';
import type { SourceVersionRow } from '../db/schema';

/** What the current text was read from: a text file's encoding, or the document it was extracted from. */
export function SourceFormatNote({ version }: { version: SourceVersionRow | undefined }) {
  const { t } = useTranslation();
  if (version?.format === 'pdf') {
    const pages = version.pageStarts?.length ?? 0;
    return <span>{t('sourceFormatNote.readFromPdf', { count: pages })}</span>;
  }
  if (version?.format === 'docx') return <span>{t('sourceFormatNote.readFromWord')}</span>;
  const encoding = version?.encoding ? translateMessage(t, encodingMessage(version.encoding, version.replacedBytes)) : t('sourceFormatNote.notRecorded');
  return <span>{version?.format === 'html' ? t('sourceFormatNote.readFromWebPage', { encoding }) : t('sourceFormatNote.encoding', { encoding })}</span>;
}
