import type { Params } from '../../../data/model/i18n/catalogue';
import type { Message, NoticeParam } from '../state/notices-store';
import type { I18n } from './i18n-context';

const paramText = (i18n: I18n, param: NoticeParam): string | number => {
  if (typeof param !== 'object') return param;
  if (param.kind === 'dateTime') return i18n.formatDateTime(param.iso);
  return i18n.errorText(param.error, { file: param.file });
};

/**
 * A stored notice in words, now: dates and errors kept raw in the store are formatted in the
 * current language, so a notice follows a language switch like the rest of the interface.
 */
export const noticeText = (i18n: I18n, message: Message): string => {
  const params: Params | undefined =
    message.params && Object.fromEntries(Object.entries(message.params).map(([name, value]) => [name, paramText(i18n, value)]));
  return i18n.lookup(message.key, params);
};
