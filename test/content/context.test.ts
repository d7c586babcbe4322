// @vitest-environment happy-dom
// The content script's context (entrypoints/content/context.ts) against WXT's own, which it stands
// in for in the content script's build: each behaviour the content script relies on, tested on both.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ContentScriptContext as Ours } from '../../entrypoints/content/context';
// (by its file: a test that imported 'wxt/utils/content-script-context' could get ours through the build's alias)
import { ContentScriptContext as Wxt } from '../../node_modules/wxt/dist/utils/content-script-context.mjs';

interface Context {
  onInvalidated(cb: () => void): () => void;
  setTimeout(handler: () => void, timeout?: number): number;
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void): void;
}

const IMPLEMENTATIONS: [string, new (name: string) => Context][] = [
  ['WXT 0.21', Wxt as unknown as new (name: string) => Context],
  ['ours', Ours],
];

const runtime = browser.runtime as { id?: string };
const runtimeId = runtime.id;
/** idle callbacks waiting (happy-dom has no requestIdleCallback) */
let idle: Map<number, IdleRequestCallback>;

beforeEach(() => {
  vi.useFakeTimers();
  idle = new Map();
  let next = 1;
  vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => (idle.set(next, cb), next++));
  vi.stubGlobal('cancelIdleCallback', (id: number) => idle.delete(id));
});

afterEach(() => {
  runtime.id = runtimeId;
  vi.useRealTimers();
  vi.unstubAllGlobals();
  history.replaceState(null, '', '/');
});

const runIdle = () => {
  for (const cb of idle.values()) cb({ didTimeout: false, timeRemaining: () => 50 } as IdleDeadline);
  idle.clear();
};

describe.each(IMPLEMENTATIONS)('content script context (%s)', (_, Context) => {
  it('is invalidated when a newer copy of the same script starts, not by another script', () => {
    const older = new Context('content');
    const invalidated = vi.fn();
    older.onInvalidated(invalidated);
    new Context('other');
    expect(invalidated).not.toHaveBeenCalled();
    const newer = new Context('content');
    const newerInvalidated = vi.fn();
    newer.onInvalidated(newerInvalidated);
    expect(invalidated).toHaveBeenCalledTimes(1);
    expect(newerInvalidated).not.toHaveBeenCalled();
  });

  it('runs a timeout while valid and cancels it on invalidation', () => {
    const ctx = new Context('content');
    const ran = vi.fn();
    ctx.setTimeout(ran, 100);
    vi.advanceTimersByTime(100);
    expect(ran).toHaveBeenCalledTimes(1);
    ctx.setTimeout(ran, 100);
    new Context('content');
    vi.advanceTimersByTime(100);
    expect(ran).toHaveBeenCalledTimes(1);
  });

  it('is invalidated by a timer that fires after the extension is gone, whose handler does not run', () => {
    const ctx = new Context('content');
    const ran = vi.fn();
    const invalidated = vi.fn();
    ctx.onInvalidated(invalidated);
    ctx.setTimeout(ran, 100);
    runtime.id = undefined;
    vi.advanceTimersByTime(100);
    expect(ran).not.toHaveBeenCalled();
    expect(invalidated).toHaveBeenCalledTimes(1);
  });

  it('runs an idle callback, none after invalidation', () => {
    const ctx = new Context('content');
    const ran = vi.fn();
    ctx.requestIdleCallback(ran, { timeout: 2000 });
    runIdle();
    expect(ran).toHaveBeenCalledTimes(1);
    ctx.requestIdleCallback(ran, { timeout: 2000 });
    new Context('content');
    expect(idle.size).toBe(0);
  });

  it('removes a listener on invalidation, and a callback given up before it does not run', () => {
    const ctx = new Context('content');
    const heard = vi.fn();
    const removed = vi.fn();
    ctx.addEventListener(window, 'resize', heard);
    ctx.onInvalidated(removed)();
    window.dispatchEvent(new Event('resize'));
    expect(heard).toHaveBeenCalledTimes(1);
    new Context('content');
    window.dispatchEvent(new Event('resize'));
    expect(heard).toHaveBeenCalledTimes(1);
    expect(removed).not.toHaveBeenCalled();
  });

  it('tells a listener of wxt:locationchange each time the URL changes (checked every second without the Navigation API)', () => {
    const ctx = new Context('content');
    const heard = vi.fn();
    ctx.addEventListener(window, 'wxt:locationchange', heard);
    vi.advanceTimersByTime(1000);
    expect(heard).not.toHaveBeenCalled();
    history.pushState(null, '', '/disputes/DP-1');
    vi.advanceTimersByTime(1000);
    expect(heard).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(3000);
    expect(heard).toHaveBeenCalledTimes(1);
    history.pushState(null, '', '/disputes');
    vi.advanceTimersByTime(1000);
    expect(heard).toHaveBeenCalledTimes(2);
    new Context('content');
    history.pushState(null, '', '/disputes/DP-2');
    vi.advanceTimersByTime(2000);
    expect(heard).toHaveBeenCalledTimes(2);
  });
});
