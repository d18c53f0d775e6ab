import type { LoadedSource } from '../../src/ingest/load/load-source.ts';
import type { Engine, Reply } from '../../src/interfaces/telegram/engine-port.ts';
import type { ReportSummary } from '../../src/model/fact-source.ts';
import type { Understanding } from '../../src/nlu/understand-question.ts';

// A hand-written engine and store for testing the bot shell without the real answering engine.

const reply = (text: string, extra: Partial<Reply> = {}): Reply => ({ status: 'answered', text, facts: [], options: [], ...extra });

export function fakeEngine(asked: [string, string | undefined][]): Engine {
  return {
    // A button with slot values comes here, not to ask: the reply names what it was given.
    choose(option, chat) {
      asked.push([`choose:${option.question}`, chat]);
      return reply(`chose: ${option.intent} ${option.slots?.agencies.join('、') ?? ''} ${option.slots?.years.map((y) => y.year).join('、') ?? ''}`);
    },
    ask(question, chat) {
      asked.push([question, chat]);
      if (question === 'boom') throw new Error('engine exploded');
      if (question === 'long') return reply(Array.from({ length: 400 }, (_, i) => `第${i}行 <数据> & “引文”`).join('\n'));
      if (question === 'which?') {
        return reply('哪个单位？', { status: 'clarify', options: [{ label: '科技局', question: '科技局2018年收到多少申请' }, { label: '区政府', question: '区政府2018年收到多少申请' }] });
      }
      if (question === 'slots?') {
        const slots = { agencies: ['张店区科学技术局'], years: [{ year: 2018 }] } as unknown as Understanding;
        return reply('哪个单位？', { status: 'clarify', options: [{ label: '科技局', question: '科技局2018年收到多少申请', slots, intent: 'figure' }] });
      }
      return reply(`echo: ${question}`);
    },
  };
}

const report = (agency: string, year: number, id: number): ReportSummary => ({
  id, agency, year, title: `${agency}${year}年政府信息公开工作年度报告`, agencyAliases: [], publishedOn: null, template: 'narrative', file: `${year}-${agency}.txt`, sections: [], factCount: 0,
});

export function fakeSource(loads: { count: number }): LoadedSource {
  loads.count += 1;
  const reports = [report('张店区科学技术局', 2018, 1), report('张店区人民政府', 2017, 2), report('张店区人民政府', 2018, 3)];
  return {
    source: { reports: () => reports, facts: () => [], factCores: () => [], problems: () => [], quotesOf: () => [], metricsOf: () => [], searchSections: () => [], sectionsNaming: () => [], metricDims: () => [] },
    contexts: { get: () => null, set: () => undefined },
    ingest: { loaded: [], unchanged: ['a.txt'], failed: [], removed: [], reports: 3, sections: 9, facts: 0, problems: 0 },
    close: () => undefined,
  };
}
