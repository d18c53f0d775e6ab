/**
 * Runs tasks one after another per key (chat), in arrival order. telegraf handles a batch of
 * updates concurrently, and without this a follow-up ("那收到几件申请？") could reach the engine
 * before the question whose context it relies on.
 */
export class ChatQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Chats with work queued or running. */
  get busy(): number {
    return this.tails.size;
  }
}
