// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { mountRoot, unmountRoot } from '../test-support/react-root';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SHORTCUT_DECLARATIONS } from '../../../data/model/shortcuts';
import { I18nProvider } from '../i18n/i18n-context';
import { ShortcutsDialog } from './shortcuts-dialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLElement;
beforeEach(() => {
  ({ container, root } = mountRoot());
});
afterEach(async () => {
  await unmountRoot({ container, root });
});

const open = async (language: 'en' | 'zh-Hant' = 'en') => {
  await act(async () =>
    root.render(
      <I18nProvider language={language}>
        <ShortcutsDialog onClose={() => {}} />
      </I18nProvider>,
    ),
  );
  const rows = [...container.querySelectorAll<HTMLTableRowElement>('tr[data-shortcut]')];
  const row = (id: string) => rows.find((r) => r.dataset.shortcut === id);
  return { rows, row, keys: (id: string) => row(id)?.querySelector('.shortcut-keys')?.textContent, label: (id: string) => row(id)?.cells[1].textContent };
};

describe('the ? dialog', () => {
  it('lists every declared shortcut, once, in four sections', async () => {
    const { rows } = await open();
    expect(rows.map((r) => r.dataset.shortcut)).toEqual(SHORTCUT_DECLARATIONS.map((s) => s.id));
    expect(container.querySelectorAll('table')).toHaveLength(4);
  });

  it('includes what used to be the menu’s alone, with their keys', async () => {
    const { keys, label } = await open();
    expect(keys('theme')).toBe('CtrlShiftL');
    expect(label('theme')).toBe('Switch light / dark theme');
    expect(keys('library')).toBe('CtrlShift1');
    expect(keys('annotations')).toBe('CtrlShift2');
    expect(keys('palette')).toBe('CtrlK');
    expect(keys('shortcuts')).toBe('Ctrl/ or ?');
    expect(keys('exportCurrent')).toBe('CtrlShiftE');
    expect(keys('exportNotebook')).toBe('CtrlE');
    expect(keys('import')).toBe('CtrlO');
    expect(keys('search')).toBe('CtrlF or /');
    expect(keys('zoomIn')).toBe('Ctrl= or Ctrl+');
    expect(label('zoomIn')).toBe('Zoom the page in');
    expect(keys('textLarger')).toBe('CtrlShift.');
    expect(keys('highlight')).toBe('1–6');
  });

  it('is in the interface language', async () => {
    const { label } = await open('zh-Hant');
    expect(label('exportNotebook')).toBe('將整個筆記本匯出為 Markdown…');
    expect(label('zoomReset')).toBe('以實際大小顯示頁面');
  });
});
