import type { ShownError } from '../../../data/model/i18n/error-text';
import { createStore } from './create-store';

/**
 * Messages to the person: errors stay until dismissed (role="alert"); toasts confirm and fade,
 * optionally with one action (Undo). Text is a message key plus parameters so stores stay
 * free of language and the UI translates at render time: a date or an error is kept raw
 * (dateTimeParam, errorParam) and put in words in whatever language is current when shown.
 */
export type NoticeParam =
  | string
  | number
  | { kind: 'dateTime'; iso: string }
  | { kind: 'error'; error: ShownError; file?: string };

export interface Message {
  key: string;
  params?: Record<string, NoticeParam>;
}

/** A date and time, shown in the interface language of the moment. */
export const dateTimeParam = (iso: string): NoticeParam => ({ kind: 'dateTime', iso });

/**
 * A failure, shown translated from its reason (or as its English message when the reason is
 * unknown); `file` names the file it is about when the sentence does not.
 */
export const errorParam = (error: ShownError, about: { file?: string } = {}): NoticeParam => ({
  kind: 'error',
  error: { message: error.message, reason: error.reason, params: error.params },
  ...about,
});

export interface NoticeAction {
  label: Message;
  run: () => void;
}

export interface Notice {
  id: number;
  kind: 'error' | 'toast';
  message: Message;
  action?: NoticeAction;
}

export interface NoticesState {
  notices: Notice[];
}

export interface NoticesOptions {
  /** How long a toast stays; tests pass a fake timer. */
  toastMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
}

export type NoticesStore = ReturnType<typeof createNoticesStore>;

export const createNoticesStore = (options: NoticesOptions = {}) => {
  const toastMs = options.toastMs ?? 7000;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const store = createStore<NoticesState>({ notices: [] });
  let nextId = 1;

  const add = (notice: Omit<Notice, 'id'>): number => {
    const id = nextId++;
    store.set((s) => ({ notices: [...s.notices, { ...notice, id }] }));
    return id;
  };
  const dismiss = (id: number) =>
    store.set((s) => (s.notices.some((n) => n.id === id) ? { notices: s.notices.filter((n) => n.id !== id) } : s));

  return {
    store,
    dismiss,
    error(key: string, params?: Message['params']): number {
      return add({ kind: 'error', message: { key, params } });
    },
    toast(key: string, params?: Message['params'], action?: NoticeAction): number {
      const id = add({ kind: 'toast', message: { key, params }, action });
      setTimer(() => dismiss(id), action ? toastMs * 1.5 : toastMs);
      return id;
    },
    clearErrors() {
      store.set((s) => ({ notices: s.notices.filter((n) => n.kind !== 'error') }));
    },
  };
};
