import type { Chat } from '../types';

/** After a command: reads the chat again until it shows the change, then says so. */
export type Refresh = (ready: (chat: Chat) => boolean, message: string) => Promise<void>;

/** What each part of the chat page is given. */
export type Part = { chat: Chat; path: string; refresh: Refresh };
