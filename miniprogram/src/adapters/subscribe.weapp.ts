import Taro from '@tarojs/taro'
import { SubscribeAdapter } from './contracts'

export const subscribe: SubscribeAdapter = {
  async request(templates) {
    if (!templates.length) return []
    try {
      const res = await Taro.requestSubscribeMessage({ tmplIds: templates.map(t => t.templateId), entityIds: [] } as any)
      return templates.map(t => t.templateId).filter(id => (res as any)[id] === 'accept')
    } catch (e) {
      return [] // the user closed the dialog, or subscriptions are switched off in settings
    }
  }
}
