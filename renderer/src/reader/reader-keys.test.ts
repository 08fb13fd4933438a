// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isEditableTarget, readerKeyAction } from './reader-keys';

describe('readerKeyAction', () => {
  it('maps 1-6 to the colours in order, e to excerpt, n to note, Escape to cancel', () => {
    expect(['1', '2', '3', '4', '5', '6'].map((key) => readerKeyAction({ key }, true))).toEqual(
      ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'].map((color) => ({ kind: 'highlight', color })),
    );
    expect(readerKeyAction({ key: 'e' }, true)).toEqual({ kind: 'excerpt' });
    expect(readerKeyAction({ key: 'E' }, true)).toEqual({ kind: 'excerpt' });
    expect(readerKeyAction({ key: 'n' }, true)).toEqual({ kind: 'note' });
    expect(readerKeyAction({ key: 'Escape' }, true)).toEqual({ kind: 'cancel' });
  });

  it('does nothing without a selection, with modifiers, while composing, or in a text field', () => {
    expect(readerKeyAction({ key: '1' }, false)).toBeNull();
    expect(readerKeyAction({ key: 'e', ctrlKey: true }, true)).toBeNull();
    expect(readerKeyAction({ key: 'n', metaKey: true }, true)).toBeNull();
    expect(readerKeyAction({ key: '2', altKey: true }, true)).toBeNull();
    expect(readerKeyAction({ key: 'e', isComposing: true }, true)).toBeNull();
    expect(readerKeyAction({ key: 'Process', code: 'KeyE' }, true)).toBeNull();
    expect(readerKeyAction({ key: 'e', editable: true }, true)).toBeNull();
    expect(readerKeyAction({ key: 'Escape', editable: true }, true)).toBeNull();
    expect(readerKeyAction({ key: '7' }, true)).toBeNull();
    expect(readerKeyAction({ key: '!', code: 'Digit1' }, true)).toBeNull();
  });

  it('uses the physical key on non-Latin layouts', () => {
    expect(readerKeyAction({ key: 'у', code: 'KeyE' }, true)).toEqual({ kind: 'excerpt' });
    expect(readerKeyAction({ key: 'т', code: 'KeyN' }, true)).toEqual({ kind: 'note' });
  });
});

describe('isEditableTarget', () => {
  it('recognises inputs, textareas and contenteditable, not buttons or text', () => {
    document.body.innerHTML = '<input id=i><textarea id=t></textarea><div contenteditable="true"><span id=c>x</span></div><button id=b></button><p id=p>x</p>';
    expect(['i', 't', 'c', 'b', 'p'].map((id) => isEditableTarget(document.getElementById(id)))).toEqual([true, true, true, false, false]);
    expect(isEditableTarget(null)).toBe(false);
  });
});
