// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { mountRoot, unmountRoot } from '../test-support/react-root';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../data/model/i18n/language';
import { I18nProvider } from '../i18n/i18n-context';
import { dateTimeParam, errorParam } from '../state/notices-store';
import { createFakeBridge } from '../state/test-support/fake-bridge';
import { NoticeArea } from './notice-area';
import { createServices, ServicesProvider, type Services } from './services';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLElement;
let services: Services;

const render = (language: Language) =>
  act(async () =>
    root.render(
      <ServicesProvider services={services}>
        <I18nProvider language={language}>
          <NoticeArea />
        </I18nProvider>
      </ServicesProvider>,
    ),
  );
const alerts = () => [...container.querySelectorAll('[role="alert"] .notice-text')].map((p) => p.textContent);
const at = (language: string, iso: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

beforeEach(() => {
  services = createServices(createFakeBridge());
  ({ container, root } = mountRoot());
});
afterEach(async () => {
  await unmountRoot({ container, root });
});

describe('NoticeArea', () => {
  it('words a notice when it is shown, so a language switch re-renders its date and its error', async () => {
    const iso = '2026-11-25T15:13:00.000Z';
    services.notices.error('backups.recovered', { file: 'documents/d1.json', date: dateTimeParam(iso) });
    services.notices.error('import.failed', {
      message: errorParam({ message: 'empty.txt: the file is empty', reason: 'empty', params: { file: 'empty.txt' } }, { file: 'empty.txt' }),
    });

    await render('en');
    expect(alerts()).toEqual([
      `A damaged or missing file (documents/d1.json) was recovered from the backup of ${at('en', iso)}.`,
      'Not imported: empty.txt: the file is empty',
    ]);

    await render('zh-Hant');
    expect(alerts()).toEqual([`損壞或遺失的檔案（documents/d1.json）已從 ${at('zh-Hant', iso)} 的備份中復原。`, '未能匯入：empty.txt：檔案是空的']);
    // The date really changed language, not only the sentence around it.
    expect(at('zh-Hant', iso)).not.toBe(at('en', iso));

    await render('zh-Hans');
    expect(alerts()[1]).toBe('未能导入：empty.txt：文件是空的');
  });

  it('shows the English message of an error whose reason it does not know, naming the file', async () => {
    services.notices.error('import.failed', { message: errorParam({ message: 'the disk is on fire', reason: 'fire' }, { file: 'a.txt' }) });
    await render('zh-Hant');
    expect(alerts()).toEqual(['未能匯入：a.txt：the disk is on fire']);
  });
});
