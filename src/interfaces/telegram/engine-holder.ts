import type { ReportSummary } from '../../model/fact-source.ts';
import type { IngestSummary } from '../../ingest/load/ingest-folder.ts';
import type { LoadedSource } from '../../ingest/load/load-source.ts';
import type { Engine, EngineFactory, Reply, ReplyOption } from './engine-port.ts';

/**
 * The current store and engine. /reload swaps both; handlers always go through `ask`, so a reply
 * being prepared never holds on to a store that was closed underneath it.
 */
export class EngineHolder {
  private reloading: Promise<IngestSummary> | null = null;

  private constructor(
    private loaded: LoadedSource,
    private engine: Engine,
    private readonly load: () => Promise<LoadedSource>,
    private readonly make: EngineFactory,
  ) {}

  static async open(load: () => Promise<LoadedSource>, make: EngineFactory): Promise<EngineHolder> {
    const loaded = await load();
    try {
      return new EngineHolder(loaded, await make(loaded), load, make);
    } catch (err) {
      loaded.close();
      throw err;
    }
  }

  ask(question: string, chat: string): Promise<Reply> {
    return Promise.resolve(this.engine.ask(question, chat));
  }

  /** A button's option: from its slot values when the engine takes them, else its question. */
  choose(option: ReplyOption, chat: string): Promise<Reply> {
    return Promise.resolve(this.engine.choose ? this.engine.choose(option, chat) : this.engine.ask(option.question, chat));
  }

  reports(): ReportSummary[] {
    return this.loaded.source.reports();
  }

  get source(): LoadedSource['source'] {
    return this.loaded.source;
  }

  /** What bringing the store up to date did, at start or at the last reload. */
  get ingest(): IngestSummary {
    return this.loaded.ingest;
  }

  /**
   * Re-ingests data/reports into a fresh store connection and swaps engines (one at a time). Until the
   * swap, questions are answered from the current store: ingest yields to the event loop as it goes.
   */
  reload(): Promise<IngestSummary> {
    this.reloading ??= this.swap().finally(() => {
      this.reloading = null;
    });
    return this.reloading;
  }

  close(): void {
    this.loaded.close();
  }

  private async swap(): Promise<IngestSummary> {
    const next = await this.load();
    let engine: Engine;
    try {
      engine = await this.make(next);
    } catch (err) {
      next.close();
      throw err;
    }
    const old = this.loaded;
    this.loaded = next;
    this.engine = engine;
    old.close();
    return next.ingest;
  }
}
