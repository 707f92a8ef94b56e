import { SubscribeAdapter } from './contracts'

/** Fallback for platforms without subscribe messages: nothing is allowed, the message centre still works. */
export const subscribe: SubscribeAdapter = {
  request: () => Promise.resolve([])
}
