import type { GlossaBridge } from '../../data/model/api';
import { createHttpBridge } from './api/http-bridge';
import { takePageToken } from './api/page-token';

/**
 * The renderer's one door to the notebook, and the only module that touches window.glossa:
 * in Electron the preload's bridge (IPC), in browser mode (`glossa serve`) the same contract
 * over HTTP with the page's token. Everything else imports `glossa` from here, so tests can
 * replace this module.
 */
const page = typeof window === 'undefined' ? undefined : window;
const preload = (page as (Window & { glossa?: GlossaBridge }) | undefined)?.glossa;

/** Which host the page runs in, for the few things browser mode cannot do (file paths). */
export const host: 'electron' | 'browser' = preload ? 'electron' : 'browser';

export const glossa: GlossaBridge = preload ?? createHttpBridge({ token: page ? takePageToken(page) : null });
