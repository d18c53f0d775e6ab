import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/create-engine.ts';
import { loadSource } from '../../src/ingest/load/load-source.ts';
import { EngineHolder } from '../../src/interfaces/telegram/engine-holder.ts';
import { consistentValues, templateReportHtml } from '../fixtures/template-report-html.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'data', 'reports');
const AGENCIES = ['教育局', '民政局', '财政局', '商务局', '审计局', '统计局', '水利局', '司法局', '医疗保障局', '应急管理局', '城市管理局', '退役军人事务局'];
const YEARS = [2019, 2020, 2021, 2022, 2023];
const SEED_QUESTION = '科技局2018年主动公开政府信息多少条';
const NEW_QUESTION = '张店区审计局2021年收到多少申请';

let dir = '';
const saved = { store: process.env.STORE_PATH, reports: process.env.REPORTS_DIR };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reload-'));
  const reports = join(dir, 'reports');
  mkdirSync(reports);
  for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(reports, f));
  process.env.STORE_PATH = join(dir, 'store.sqlite');
  process.env.REPORTS_DIR = reports;
});
afterAll(() => {
  for (const [key, value] of [['STORE_PATH', saved.store], ['REPORTS_DIR', saved.reports]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('/reload (EngineHolder.reload over the real store and engine)', () => {
  it('keeps answering from the current store while 60 new reports load, then answers from the new one', async () => {
    // Whether the store is being brought up to date right now (the part of a reload that takes time).
    let ingesting = false;
    const load = async () => {
      ingesting = true;
      try {
        return await loadSource();
      } finally {
        ingesting = false;
      }
    };
    const holder = await EngineHolder.open(load, (loaded) => createEngine({ source: loaded.source, contexts: loaded.contexts }));
    try {
      expect((await holder.ask(SEED_QUESTION, 'c1')).status).toBe('answered');
      expect((await holder.ask(NEW_QUESTION, 'c2')).status).not.toBe('answered');
      for (const agency of AGENCIES) {
        for (const year of YEARS) writeFileSync(join(process.env.REPORTS_DIR as string, `${year}-${agency}.html`), templateReportHtml(`张店区${agency}`, year, consistentValues()));
      }
      let settled = false;
      const reloading = holder.reload().finally(() => {
        settled = true;
      });
      // Asked after a full turn of the event loop each time: an ingest that blocked it would be over by then.
      const during: string[] = [];
      while (!settled) {
        await nextTurn();
        const reply = await holder.ask(SEED_QUESTION, 'c1');
        if (ingesting) during.push(reply.status);
      }
      const summary = await reloading;
      expect(summary.loaded).toHaveLength(AGENCIES.length * YEARS.length);
      expect(during.length).toBeGreaterThan(0);
      expect(new Set(during)).toEqual(new Set(['answered']));
      const after = await holder.ask(NEW_QUESTION, 'c2');
      expect(after.status).toBe('answered');
      expect(after.text).toContain('10');
    } finally {
      holder.close();
    }
  }, 60_000);
});
