import { subscribe } from '@/adapters/subscribe'
import { request } from './request'

export type SubscribeKind = 'status' | 'reply' | 'task'
interface TemplateState { kind: SubscribeKind; templateId: string; title: string; remaining: number }

let templates: TemplateState[] = []

/** Loads the templates and the allows left; call when a page with an opt-in moment shows. */
export async function loadSubscriptions(): Promise<void> {
  try {
    templates = (await request<{ templates: TemplateState[] }>('/api/messages/subscriptions', { silent: true })).templates
  } catch (e) {
    templates = []
  }
}

/**
 * An opt-in moment (a tap): asks for those kinds whose allows are used up and tells the server what
 * was allowed. Starts the dialog before any await, as WeChat requires; never blocks the caller's action.
 */
export function askSubscribe(kinds: SubscribeKind[]): Promise<void> {
  const wanted = templates.filter(t => kinds.indexOf(t.kind) >= 0 && t.remaining < 1)
  if (!wanted.length) return Promise.resolve()
  return subscribe.request(wanted).then(async accepted => {
    if (!accepted.length) return
    const res = await request<{ templates: TemplateState[] }>('/api/messages/subscriptions', { method: 'POST', data: { accepted }, silent: true })
    templates = res.templates
  }).catch(() => {})
}
