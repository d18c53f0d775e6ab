import type { Reply, ReplyFact, ReplyLine, ReplyLineKind, ReplyOption } from '../../answer/reply.ts';
import type { LoadedSource } from '../../ingest/load/load-source.ts';

export type { Reply, ReplyFact, ReplyLine, ReplyLineKind, ReplyOption };

/**
 * What the bot needs from the answering engine (src/answer/create-engine.ts). The bot is only a
 * shell: every question and every text command goes through `ask`, with the chat id as context key.
 */
export interface Engine {
  ask(question: string, chat?: string): Reply | Promise<Reply>;
  /** A button pressed: answered from the option's slot values (an engine without it asks its question). */
  choose?(option: ReplyOption, chat?: string): Reply | Promise<Reply>;
}

/** Builds an engine over a freshly loaded store (at start and on /reload). */
export type EngineFactory = (loaded: LoadedSource) => Engine | Promise<Engine>;
